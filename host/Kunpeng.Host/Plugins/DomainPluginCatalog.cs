using System.Collections.Immutable;

namespace Kunpeng.Host.Plugins;

/// <summary>
/// The plugin versions currently serving, swapped as one reference so a request sees either the
/// whole old set or the whole new one. Requests take a <see cref="PluginLease"/> on the version
/// they use; a replaced version is released once its last lease ends, and only then unloaded.
/// </summary>
public sealed class DomainPluginCatalog : IDisposable
{
    private readonly Lock _changeGate = new();
    private Snapshot _current = Snapshot.Empty;

    /// <summary>True once the plugins folder has been scanned at least once.</summary>
    public bool Scanned => Volatile.Read(ref _current).Scanned;

    /// <summary>Every plugin folder's state, loaded or set aside, by folder name.</summary>
    public IReadOnlyList<PluginState> States => Volatile.Read(ref _current).States.Values.OrderBy(s => s.Folder, StringComparer.Ordinal).ToList();

    /// <summary>Ids of the domains being served, in order.</summary>
    public IReadOnlyList<string> ActiveIds => Volatile.Read(ref _current).Active.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>Leases the current version of a domain's plugin, or false when no active plugin serves it.</summary>
    public bool TryAcquire(string domainId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PluginLease? lease)
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

        lease = null;
        return false;
    }

    /// <summary>Leases every active domain (each its current version); dispose each lease.</summary>
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

    /// <summary>The folder currently serving a domain, or null.</summary>
    public string? FolderOf(string domainId) =>
        Volatile.Read(ref _current).Active.TryGetValue(domainId, out var plugin) ? Path.GetFileName(plugin.Folder) : null;

    /// <summary>Serves exactly the given plugins from now on (a full scan) and retires the versions they replace.</summary>
    internal void Publish(IEnumerable<LoadedDomainPlugin> active, IEnumerable<PluginState> states)
    {
        lock (_changeGate)
        {
            var next = new Snapshot(
                active.ToImmutableDictionary(p => p.Id, StringComparer.Ordinal),
                states.ToImmutableDictionary(s => s.Folder, StringComparer.Ordinal),
                Scanned: true);
            Swap(next);
        }
    }

    /// <summary>
    /// Applies a reload of one folder. A loaded version replaces what the folder served; a refused
    /// one leaves the previous version serving, with the refusal recorded in the folder's state.
    /// </summary>
    /// <returns>What happened, for the ledger and the logs.</returns>
    internal PluginChange Apply(PluginLoadResult result)
    {
        lock (_changeGate)
        {
            var current = Volatile.Read(ref _current);
            var folder = result.State.Folder;
            var servedHere = current.Active.Values.FirstOrDefault(p => Path.GetFileName(p.Folder) == folder);
            if (result.Plugin is not { } loaded)
            {
                var state = servedHere is null
                    ? result.State
                    : result.State with
                    {
                        Reason = $"Version {result.State.Version ?? "?"} was refused, so version {servedHere.Version} keeps serving: {result.State.Reason}",
                    };
                Swap(current with { States = current.States.SetItem(folder, state) });
                return new PluginChange(PluginChangeKind.Refused, state, servedHere?.Version);
            }

            if (current.Active.TryGetValue(loaded.Id, out var rival) && Path.GetFileName(rival.Folder) != folder)
            {
                loaded.Retire();
                var conflicted = result.State with
                {
                    Status = PluginStatus.Conflicted,
                    Reason = $"Domain id '{loaded.Id}' is already served by folder '{Path.GetFileName(rival.Folder)}' (version {rival.Version}). Remove one of the two folders.",
                };
                Swap(current with { States = current.States.SetItem(folder, conflicted) });
                return new PluginChange(PluginChangeKind.Refused, conflicted, rival.Version);
            }

            var active = current.Active;
            if (servedHere is not null && servedHere.Id != loaded.Id)
            {
                active = active.Remove(servedHere.Id);
            }

            Swap(current with { Active = active.SetItem(loaded.Id, loaded), States = current.States.SetItem(folder, result.State), Scanned = true });
            return new PluginChange(servedHere is null ? PluginChangeKind.Added : PluginChangeKind.Replaced, result.State, servedHere?.Version);
        }
    }

    /// <summary>Stops serving what a removed folder served; the domain's data stays in the registry.</summary>
    internal PluginChange? Remove(string folder)
    {
        lock (_changeGate)
        {
            var current = Volatile.Read(ref _current);
            var servedHere = current.Active.Values.FirstOrDefault(p => Path.GetFileName(p.Folder) == folder);
            if (!current.States.TryGetValue(folder, out var state))
            {
                return null;
            }

            var active = servedHere is null ? current.Active : current.Active.Remove(servedHere.Id);
            Swap(current with { Active = active, States = current.States.Remove(folder) });
            // What is retired is the version that served, not a refused one the folder held last
            // (whose refusal is already recorded): the change names the served version, without a reason.
            var retired = servedHere is null
                ? state with { Reason = null }
                : state with
                {
                    Id = servedHere.Id,
                    Version = servedHere.Version,
                    ContractVersion = servedHere.ContractVersion.ToString(2),
                    Status = PluginStatus.Active,
                    Reason = null,
                };
            return new PluginChange(PluginChangeKind.Retired, retired, servedHere?.Version);
        }
    }

    public void Dispose()
    {
        lock (_changeGate)
        {
            Swap(Snapshot.Empty);
        }
    }

    // Callers hold _changeGate: changes are serialized, reads never wait.
    private void Swap(Snapshot next)
    {
        var previous = Interlocked.Exchange(ref _current, next);
        foreach (var old in previous.Active.Values.Where(old => !next.Active.ContainsValue(old)))
        {
            old.Retire();
        }
    }

    private sealed record Snapshot(
        ImmutableDictionary<string, LoadedDomainPlugin> Active,
        ImmutableDictionary<string, PluginState> States,
        bool Scanned)
    {
        public static readonly Snapshot Empty = new(
            ImmutableDictionary<string, LoadedDomainPlugin>.Empty.WithComparers(StringComparer.Ordinal),
            ImmutableDictionary<string, PluginState>.Empty.WithComparers(StringComparer.Ordinal),
            false);
    }
}
