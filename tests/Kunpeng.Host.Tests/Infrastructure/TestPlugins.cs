using System.Text.Json;

namespace Kunpeng.Host.Tests.Infrastructure;

/// <summary>
/// The plugin folders the test build deploys beside the test assembly (see the csproj), and helpers
/// to assemble a plugins directory from them for one host or loader.
/// </summary>
public static class TestPlugins
{
    /// <summary>The ten real domain plugins, built from plugins/ and deployed to bin/.../plugins/.</summary>
    public static string RealDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "plugins");

    /// <summary>The fixture plugins, built from tests/fixtures/ and deployed to bin/.../fixture-plugins/.</summary>
    public static string FixtureDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "fixture-plugins");

    /// <summary>The domain ids of the ten real plugins, as the programme names its ten domains.</summary>
    public static IReadOnlyList<string> RealDomainIds { get; } =
    [
        "agriculture", "culture", "education", "enterprise-management", "health",
        "high-skill", "party-government", "professional-technical", "social-work", "urban-construction",
    ];

    public const string Healthy = "Kunpeng.Fixtures.Plugin.Healthy";
    public const string ThrowingConstructor = "Kunpeng.Fixtures.Plugin.ThrowingConstructor";
    public const string MissingDependency = "Kunpeng.Fixtures.Plugin.MissingDependency";
    public const string MissingDependencyLibrary = "Kunpeng.Fixtures.DependencyLibrary";
    public const string ContractV2 = "Kunpeng.Fixtures.Plugin.ContractV2";
    public const string OlderMinorContract = "Kunpeng.Fixtures.Plugin.OlderMinorContract";
    public const string NoContracts = "Kunpeng.Fixtures.Plugin.NoContracts";
    public const string AutofacModule = "Kunpeng.Fixtures.Plugin.AutofacModule";
    public const string Duplicate10 = "Kunpeng.Fixtures.Plugin.Duplicate10";
    public const string Duplicate11 = "Kunpeng.Fixtures.Plugin.Duplicate11";
    public const string ThrowingDispose = "Kunpeng.Fixtures.Plugin.ThrowingDispose";

    /// <summary>Copies every real plugin folder into <paramref name="pluginsDirectory"/>.</summary>
    public static void CopyRealPlugins(string pluginsDirectory)
    {
        var folders = Directory.GetDirectories(RealDirectory);
        if (folders.Length != RealDomainIds.Count)
        {
            throw new InvalidOperationException(
                $"Expected {RealDomainIds.Count} real plugin folders in {RealDirectory}, found {folders.Length}: was the test project built?");
        }

        foreach (var folder in folders)
        {
            CopyDirectory(folder, Path.Combine(pluginsDirectory, Path.GetFileName(folder)));
        }
    }

    /// <summary>Copies one fixture plugin's folder into <paramref name="pluginsDirectory"/>, under its own name or another.</summary>
    public static string CopyFixture(string fixture, string pluginsDirectory, string? folderName = null)
    {
        var source = Path.Combine(FixtureDirectory, fixture);
        if (!Directory.Exists(source))
        {
            throw new InvalidOperationException($"Fixture plugin {fixture} is not deployed at {source}: was the test project built?");
        }

        var target = Path.Combine(pluginsDirectory, folderName ?? fixture);
        CopyDirectory(source, target);
        return target;
    }

    /// <summary>The missing-dependency fixture with its private dependency deleted from the copy.</summary>
    public static string CopyMissingDependencyFixture(string pluginsDirectory)
    {
        var folder = CopyFixture(MissingDependency, pluginsDirectory);
        var library = Path.Combine(folder, MissingDependencyLibrary + ".dll");
        if (!File.Exists(library))
        {
            throw new InvalidOperationException($"{library} should have been deployed with its plugin before the test removes it.");
        }

        File.Delete(library);
        return folder;
    }

    /// <summary>Writes a plugin.json into <paramref name="folder"/>.</summary>
    public static void WriteManifest(string folder, string id, string version, string assembly) =>
        File.WriteAllText(Path.Combine(folder, "plugin.json"), JsonSerializer.Serialize(new { id, version, assembly }));

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
}
