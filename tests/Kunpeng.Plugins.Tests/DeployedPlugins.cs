using Autofac;
using Kunpeng.Host.Eligibility;
using Kunpeng.Host.Plugins;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Kunpeng.Plugins.Tests;

/// <summary>
/// The ten domain plugins as the host serves them: each folder the build deployed beside the tests
/// (see the csproj) loaded by the host's own loader (manifest, contract check, collectible load
/// context, Autofac scope) and published into a catalog, once for the test class that uses them;
/// with the host's eligibility service over that catalog, as the endpoints call it.
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
    private readonly DomainPluginCatalog _catalog = new();
    private readonly Dictionary<string, PluginLoadResult> _byDomain;

    public DeployedPlugins()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "plugins");
        var loader = new DomainPluginLoader(new McMasterPluginAssemblyLoader(), _root, TimeProvider.System);
        _byDomain = Directory.GetDirectories(directory)
            .Select(loader.Load)
            .ToDictionary(r => r.State.Id ?? r.State.Folder, StringComparer.Ordinal);
        _catalog.Publish(_byDomain.Values.Select(r => r.Plugin).OfType<LoadedDomainPlugin>(), _byDomain.Values.Select(r => r.State));
        Eligibility = new EligibilityScreening(_catalog, Options.Create(new EligibilityOptions()), TimeProvider.System,
            NullLogger<EligibilityScreening>.Instance);
    }

    /// <summary>The host's eligibility service over the loaded plugins.</summary>
    public EligibilityScreening Eligibility { get; }

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

    /// <summary>The catalog retires every version it serves; then the root scope goes.</summary>
    public void Dispose()
    {
        _catalog.Dispose();
        _root.Dispose();
    }
}
