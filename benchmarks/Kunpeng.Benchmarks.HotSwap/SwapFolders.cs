namespace Kunpeng.Benchmarks.HotSwap;

/// <summary>Where the build put the two versions of fixture-swap and the host, and how a deployment replaces a folder.</summary>
internal static class SwapFolders
{
    public const string DomainId = "fixture-swap";
    public const string Folder = "fixture-swap";
    public const string V1 = "1.0.0";
    public const string V2 = "2.0.0";

#if DEBUG
    public const string Configuration = "Debug";
#else
    public const string Configuration = "Release";
#endif

    public static string Source(string version) =>
        Existing(Path.Combine(AppContext.BaseDirectory, "swap-plugins", "v" + version.Split('.')[0], "Kunpeng.Fixtures.Swap"));

    /// <summary>The repository root (the folder holding Kunpeng.Host.sln).</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The host's own build output (its dll and the ten domain plugins it deploys), same configuration as this program.</summary>
    public static string HostOutput { get; } = Existing(Path.Combine(RepoRoot, "host", "Kunpeng.Host", "bin", Configuration, "net10.0"));

    /// <summary>The other version.</summary>
    public static string Other(string version) => version == V1 ? V2 : V1;

    /// <summary>A plugins folder with the ten real domains and fixture-swap at <paramref name="version"/>.</summary>
    public static void Populate(string pluginsDirectory, string version)
    {
        foreach (var domain in Directory.GetDirectories(Path.Combine(HostOutput, "plugins")))
        {
            CopyDirectory(domain, Path.Combine(pluginsDirectory, Path.GetFileName(domain)));
        }

        Replace(pluginsDirectory, version);
    }

    /// <summary>Replaces the folder as <c>rm -rf folder &amp;&amp; cp -r new folder</c> does.</summary>
    public static void Replace(string pluginsDirectory, string version)
    {
        var target = Path.Combine(pluginsDirectory, Folder);
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }

        CopyDirectory(Source(version), target);
    }

    public static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Kunpeng.Host.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Kunpeng.Host.sln above {AppContext.BaseDirectory}.");
    }

    private static string Existing(string folder) =>
        Directory.Exists(folder) ? folder : throw new InvalidOperationException($"{folder} does not exist: build this project first.");
}
