using Kunpeng.Registry;

namespace Kunpeng.Host.Plugins;

/// <summary>
/// Records every plugin version the host has seen (first seen, last loaded, last status) and every
/// deployment event (loaded at startup, added, replaced, refused, retired).
/// </summary>
public sealed class PluginVersionLedger(IRegistry registry, TimeProvider clock)
{
    /// <summary>The indexes the history lookups use.</summary>
    public static IEnumerable<IndexDefinition> Indexes =>
    [
        IndexDefinition.On(PluginVersionRecord.Set, v => v.PluginId),
        IndexDefinition.On(PluginEventRecord.Set, e => e.PluginId),
    ];

    /// <summary>Records a startup scan; folders whose manifest could not be read have no id and are not recorded.</summary>
    public void Record(IEnumerable<PluginState> states) => registry.Write(tx =>
    {
        foreach (var state in states.Where(s => s.Id is not null && s.Version is not null))
        {
            UpsertVersion(tx, state);
            AppendEvent(tx, state, state.Status == PluginStatus.Active ? "loaded" : "refused", previousVersion: null, state.AttemptedAt.UtcDateTime);
        }

        return true;
    });

    /// <summary>Records a hot reload or removal of one folder.</summary>
    public void Record(PluginChange change) => registry.Write(tx =>
    {
        if (change.State.Id is null || change.State.Version is null)
        {
            return false;
        }

        // A refused copy of the very version that keeps serving (a duplicate folder) says nothing
        // about that version, so its record keeps the status it earned where it serves.
        var sameVersionStillServes = change.Kind == PluginChangeKind.Refused && change.PreviousVersion == change.State.Version;
        if (!sameVersionStillServes && change.Kind != PluginChangeKind.Retired)
        {
            UpsertVersion(tx, change.State);
        }

        AppendEvent(tx, change.State, change.Kind.ToString().ToLowerInvariant(), change.PreviousVersion, clock.GetUtcNow().UtcDateTime);
        return true;
    });

    /// <summary>Every version of one plugin seen so far, oldest first.</summary>
    public IReadOnlyList<PluginVersionRecord> History(string pluginId) =>
        registry.Read(PluginVersionRecord.Set).List(new RecordQuery(Filter.Eq<PluginVersionRecord>(v => v.PluginId, pluginId)).Sorted(nameof(PluginVersionRecord.FirstSeenUtc)));

    /// <summary>Every deployment event of one plugin, oldest first.</summary>
    public IReadOnlyList<PluginEventRecord> Events(string pluginId) =>
        registry.Read(PluginEventRecord.Set).List(new RecordQuery(Filter.Eq<PluginEventRecord>(e => e.PluginId, pluginId)).Sorted(nameof(PluginEventRecord.Id)));

    /// <summary>Every version of every plugin.</summary>
    public IReadOnlyList<PluginVersionRecord> All() =>
        registry.Read(PluginVersionRecord.Set).List(RecordQuery.All.Sorted(nameof(PluginVersionRecord.PluginId)).Sorted(nameof(PluginVersionRecord.FirstSeenUtc)));

    private static void UpsertVersion(IRegistryTransaction tx, PluginState state)
    {
        var versions = tx.Records(PluginVersionRecord.Set);
        var key = $"{state.Id}@{state.Version}";
        var at = state.AttemptedAt.UtcDateTime;
        var record = versions.Find(key) ?? new PluginVersionRecord
        {
            Id = key,
            PluginId = state.Id!,
            Version = state.Version!,
            FirstSeenUtc = at,
        };
        record.ContractVersion = state.ContractVersion ?? record.ContractVersion;
        record.LastStatus = state.Status.ToString();
        record.LastReason = state.Reason;
        if (state.Status == PluginStatus.Active)
        {
            record.LastLoadedUtc = at;
        }

        versions.Upsert(record);
    }

    private static void AppendEvent(IRegistryTransaction tx, PluginState state, string kind, string? previousVersion, DateTime at) =>
        tx.Records(PluginEventRecord.Set).Insert(new PluginEventRecord
        {
            PluginId = state.Id!,
            Version = state.Version,
            Folder = state.Folder,
            Event = kind,
            PreviousVersion = previousVersion,
            Reason = state.Reason,
            AtUtc = at,
        });
}
