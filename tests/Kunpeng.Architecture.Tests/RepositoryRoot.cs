namespace Kunpeng.Architecture.Tests;

/// <summary>The checkout the tests run from: the folder above the test binary that holds the solution.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Kunpeng.Host.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Kunpeng.Host.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>The C# sources under a folder of the checkout, build output left out.</summary>
    public static IEnumerable<string> SourcesUnder(string folder) =>
        Directory.EnumerateFiles(System.IO.Path.Combine(Path, folder), "*.cs", SearchOption.AllDirectories)
            .Where(file => !IsBuildOutput(file))
            .Select(file => System.IO.Path.GetRelativePath(Path, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    private static bool IsBuildOutput(string file)
    {
        var parts = file.Split(System.IO.Path.DirectorySeparatorChar, System.IO.Path.AltDirectorySeparatorChar);
        return parts.Contains("bin") || parts.Contains("obj");
    }
}
