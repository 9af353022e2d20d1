using Kunpeng.Host.Registry;
using Microsoft.Extensions.Options;

namespace Kunpeng.Host.Plugins;

/// <summary>
/// Reloads one plugin folder while the host runs: builds the new version beside the old one,
/// validates it, swaps it in atomically, and records the change. One reload at a time.
/// </summary>
public sealed class PluginReloader(
    DomainPluginLoader loader,
    DomainPluginCatalog catalog,
    PluginVersionLedger ledger,
    IOptions<PluginOptions> options,
    IEnumerable<IDomainAvailabilityObserver> observers,
    ILogger<PluginReloader> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Reloads a folder by name (removal when it no longer exists).</summary>
    public async Task<PluginChange?> ReloadAsync(string folder, CancellationToken cancellationToken = default)
    {
        if (folder.Length == 0 || folder.IndexOfAny(['/', '\\']) >= 0 || folder is "." or "..")
        {
            throw new ArgumentException($"'{folder}' is not a plugin folder name.", nameof(folder));
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            var path = Path.Combine(options.Value.ResolveDirectory(), folder);
            PluginChange? change;
            if (Directory.Exists(path))
            {
                change = catalog.Apply(loader.Load(path));
            }
            else
            {
                change = catalog.Remove(folder);
            }

            if (change is null)
            {
                return null;
            }

            ledger.Record(change);
            Notify(change);
            logger.Log(change.Kind == PluginChangeKind.Refused ? LogLevel.Error : LogLevel.Information,
                "Plugin folder {Folder}: {Change} (version {Version}, previously {Previous}). {Reason}",
                folder, change.Kind, change.State.Version, change.PreviousVersion, change.State.Reason);
            return change;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Reconciles every folder with what is served: new folders load, removed ones retire.</summary>
    public async Task<IReadOnlyList<PluginChange>> RescanAsync(CancellationToken cancellationToken = default)
    {
        var root = options.Value.ResolveDirectory();
        var onDisk = Directory.Exists(root) ? Directory.EnumerateDirectories(root).Select(Path.GetFileName).OfType<string>() : [];
        var known = catalog.States.Select(s => s.Folder);
        var changes = new List<PluginChange>();
        foreach (var folder in onDisk.Union(known).Order(StringComparer.Ordinal).ToList())
        {
            if (await ReloadAsync(folder, cancellationToken) is { } change)
            {
                changes.Add(change);
            }
        }

        return changes;
    }

    public void Dispose() => _gate.Dispose();

    private void Notify(PluginChange change)
    {
        if (change.State.Id is not { } domainId)
        {
            return;
        }

        foreach (var observer in observers)
        {
            try
            {
                switch (change.Kind)
                {
                    case PluginChangeKind.Retired:
                        observer.DomainRetired(domainId);
                        break;
                    case PluginChangeKind.Added:
                        observer.DomainServed(domainId);
                        break;
                }
            }
            catch (Exception e)
            {
                logger.LogError(e, "Observer {Observer} failed on {Change} of {Domain}.", observer.GetType().Name, change.Kind, domainId);
            }
        }
    }
}
