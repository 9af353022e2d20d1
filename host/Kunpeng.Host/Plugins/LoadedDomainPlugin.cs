using Autofac;
using Kunpeng.Abstractions;

namespace Kunpeng.Host.Plugins;

/// <summary>
/// One loaded version of a domain plugin: its load context, its own Autofac lifetime scope and the
/// contract services resolved from it. Reference-counted so a retired version is disposed (and its
/// load context unloaded) only after the last request using it has finished.
/// </summary>
public sealed class LoadedDomainPlugin
{
    private readonly ILifetimeScope _scope;
    private readonly PluginAssemblyHandle _assembly;
    private readonly ILogger? _logger;
    // Starts at 1: the catalog's own reference, released by Retire().
    private int _references = 1;

    internal LoadedDomainPlugin(
        PluginManifest manifest, string folder, Version contractVersion, ILifetimeScope scope, PluginAssemblyHandle assembly,
        IOrganizer organizer, IDomainCriteria? criteria, IMeasureCatalog? measures, DateTimeOffset loadedAt, TimeSpan loadDuration,
        ILogger? logger = null)
    {
        _logger = logger;
        Manifest = manifest;
        Folder = folder;
        ContractVersion = contractVersion;
        _scope = scope;
        _assembly = assembly;
        Organizer = organizer;
        Criteria = criteria;
        Measures = measures;
        LoadedAt = loadedAt;
        LoadDuration = loadDuration;
    }

    public PluginManifest Manifest { get; }
    public string Id => Manifest.Id;
    public string Version => Manifest.Version;
    public string Folder { get; }
    public Version ContractVersion { get; }
    public IOrganizer Organizer { get; }
    public IDomainCriteria? Criteria { get; }
    public IMeasureCatalog? Measures { get; }
    public DateTimeOffset LoadedAt { get; }
    public TimeSpan LoadDuration { get; }

    /// <summary>True once the version has been retired and every lease released.</summary>
    public bool IsDisposed => Volatile.Read(ref _references) == 0;

    /// <summary>Takes a reference for the duration of a request; false when the version is already gone.</summary>
    internal bool TryAddReference()
    {
        var current = Volatile.Read(ref _references);
        while (current > 0)
        {
            var seen = Interlocked.CompareExchange(ref _references, current + 1, current);
            if (seen == current)
            {
                return true;
            }

            current = seen;
        }

        return false;
    }

    /// <remarks>
    /// The last release disposes the plugin's scope, which runs the plugin's own Dispose methods, on
    /// whichever thread released it: a swap, or the end of the last request on this version. A
    /// plugin throwing there must fail neither, nor keep its load context loaded.
    /// </remarks>
    internal void ReleaseReference()
    {
        if (Interlocked.Decrement(ref _references) != 0)
        {
            return;
        }

        try
        {
            _scope.Dispose();
        }
        catch (Exception e)
        {
            _logger?.LogError(e, "Disposing version {Version} of plugin {Id} threw; its load context is unloaded anyway.", Version, Id);
        }
        finally
        {
            _assembly.Dispose();
        }
    }

    /// <summary>The catalog no longer serves this version; it goes once in-flight requests finish.</summary>
    internal void Retire() => ReleaseReference();
}
