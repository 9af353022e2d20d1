using System.Collections.Immutable;

namespace Kunpeng.Host.Plugins;

/// <summary>
/// The plugin versions currently serving, swapped as one reference so a request sees either the
/// whole old set or the whole new one. Requests take a <see cref="PluginLease"/> on the version
/// they use; a replaced version is released once its last lease ends.
/// </summary>
public sealed class DomainPluginCatalog : IDisposable
{
    private Snapshot _current = Snapshot.Empty;

    /// <summary>True once the plugins folder has been scanned at least once.</summary>
    public bool Scanned => Volatile.Read(ref _current).Scanned;

    /// <summary>Every plugin folder's state from the last scan, loaded or set aside.</summary>
    public IReadOnlyList<PluginState> States => Volatile.Read(ref _current).States;

    /// <summary>Ids of the domains being served, in order.</summary>
    public IReadOnlyList<string> ActiveIds => Volatile.Read(ref _current).Active.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>Leases the current version of a domain's plugin, or false when no active plugin serves it.</summary>
    public bool TryAcquire(string domainId, out PluginLease lease)
    {
        // A version retired between reading the snapshot and taking the reference is gone:
        // read the snapshot again, which by then names its successor (or nothing).
        for (var attempt = 0; attempt < 8; attempt++)
        {
            if (!Volatile.Read(ref _current).Active.TryGetValue(domainId, out var plugin))
            {
                break;
            }

            if (plugin.TryAddReference())
            {
                lease = new PluginLease(plugin);
                return true;
            }
        }

        lease = default;
        return false;
    }

    /// <summary>Leases every active domain at once (one consistent snapshot); dispose each lease.</summary>
    public IReadOnlyList<PluginLease> AcquireAll()
    {
        var leases = new List<PluginLease>();
        foreach (var id in ActiveIds)
        {
            if (TryAcquire(id, out var lease))
            {
                leases.Add(lease);
            }
        }

        return leases;
    }

    /// <summary>Serves the given plugins from now on and retires the versions they replace.</summary>
    internal void Publish(IEnumerable<LoadedDomainPlugin> active, IEnumerable<PluginState> states)
    {
        var next = new Snapshot(active.ToImmutableDictionary(p => p.Id, StringComparer.Ordinal), states.ToImmutableArray(), Scanned: true);
        var previous = Interlocked.Exchange(ref _current, next);
        foreach (var old in previous.Active.Values.Where(old => !next.Active.ContainsValue(old)))
        {
            old.Retire();
        }
    }

    public void Dispose()
    {
        var previous = Interlocked.Exchange(ref _current, Snapshot.Empty);
        foreach (var plugin in previous.Active.Values)
        {
            plugin.Retire();
        }
    }

    private sealed record Snapshot(ImmutableDictionary<string, LoadedDomainPlugin> Active, ImmutableArray<PluginState> States, bool Scanned)
    {
        public static readonly Snapshot Empty = new(ImmutableDictionary<string, LoadedDomainPlugin>.Empty, [], false);
    }
}
