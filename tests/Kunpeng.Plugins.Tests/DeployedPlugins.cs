using Autofac;
using Kunpeng.Host.Plugins;

namespace Kunpeng.Plugins.Tests;

/// <summary>
/// The ten domain plugins as the host serves them: each folder the build deployed beside the tests
/// (see the csproj) loaded by the host's own loader (manifest, contract check, collectible load
/// context, Autofac scope), once for the test class that uses them.
/// </summary>
public sealed class DeployedPlugins : IDisposable
{
    /// <summary>The domain ids of the ten plugins, as the programme names its ten domains.</summary>
    public static readonly IReadOnlyList<string> DomainIds =
    [
        "agriculture", "culture", "education", "enterprise-management", "health",
        "high-skill", "party-government", "professional-technical", "social-work", "urban-construction",
    ];

    private readonly IContainer _root = new ContainerBuilder().Build();
    private readonly Dictionary<string, PluginLoadResult> _byDomain;

    public DeployedPlugins()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "plugins");
        var loader = new DomainPluginLoader(new McMasterPluginAssemblyLoader(), _root, TimeProvider.System);
        _byDomain = Directory.GetDirectories(directory)
            .Select(loader.Load)
            .ToDictionary(r => r.State.Id ?? r.State.Folder, StringComparer.Ordinal);
    }

    /// <summary>What loading the domain's folder gave: the plugin, or the reason it was refused.</summary>
    public PluginLoadResult Result(string domainId) =>
        _byDomain.TryGetValue(domainId, out var result)
            ? result
            : throw new InvalidOperationException($"No deployed plugin folder declares '{domainId}': was the test project built?");

    /// <summary>The domain's plugin, loaded and active.</summary>
    public LoadedDomainPlugin Plugin(string domainId) =>
        Result(domainId).Plugin ?? throw new InvalidOperationException($"'{domainId}' was refused: {Result(domainId).State.Reason}");

    /// <summary>Every folder found, by the id its manifest declares.</summary>
    public IReadOnlyCollection<string> Loaded => _byDomain.Keys;

    public void Dispose()
    {
        foreach (var plugin in _byDomain.Values.Select(r => r.Plugin).OfType<LoadedDomainPlugin>())
        {
            plugin.Retire();
        }

        _root.Dispose();
    }
}
