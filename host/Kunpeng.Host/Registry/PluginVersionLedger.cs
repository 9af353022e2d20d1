using Kunpeng.Host.Plugins;
using LiteDB;

namespace Kunpeng.Host.Registry;

/// <summary>
/// Records every plugin version the host has seen (first seen, last loaded, last status) and every
/// deployment event (loaded at startup, added, replaced, refused, retired).
/// </summary>
public sealed class PluginVersionLedger
{
    private readonly RegistryDatabase _registry;
    private readonly TimeProvider _clock;

    public PluginVersionLedger(RegistryDatabase registry, TimeProvider clock)
    {
        _registry = registry;
        _clock = clock;
        Versions(registry.Database).EnsureIndex(v => v.PluginId);
        Events(registry.Database).EnsureIndex(e => e.PluginId);
    }

    /// <summary>Records a startup scan; folders whose manifest could not be read have no id and are not recorded.</summary>
    public void Record(IEnumerable<PluginState> states) => _registry.Write(db =>
    {
        foreach (var state in states.Where(s => s.Id is not null && s.Version is not null))
        {
            UpsertVersion(db, state);
            AppendEvent(db, state, state.Status == PluginStatus.Active ? "loaded" : "refused", previousVersion: null, state.AttemptedAt.UtcDateTime);
        }
    });

    /// <summary>Records a hot reload or removal of one folder.</summary>
    public void Record(PluginChange change) => _registry.Write(db =>
    {
        if (change.State.Id is null || change.State.Version is null)
        {
            return;
        }

        // A refused copy of the very version that keeps serving (a duplicate folder) says nothing
        // about that version, so its record keeps the status it earned where it serves.
        var sameVersionStillServes = change.Kind == PluginChangeKind.Refused && change.PreviousVersion == change.State.Version;
        if (!sameVersionStillServes && change.Kind != PluginChangeKind.Retired)
        {
            UpsertVersion(db, change.State);
        }

        AppendEvent(db, change.State, change.Kind.ToString().ToLowerInvariant(), change.PreviousVersion, _clock.GetUtcNow().UtcDateTime);
    });

    /// <summary>Every version of one plugin seen so far, oldest first.</summary>
    public IReadOnlyList<PluginVersionRecord> History(string pluginId) =>
        Versions(_registry.Database).Find(v => v.PluginId == pluginId).OrderBy(v => v.FirstSeenUtc).ToList();

    /// <summary>Every deployment event of one plugin, oldest first.</summary>
    public IReadOnlyList<PluginEventRecord> Events(string pluginId) =>
        Events(_registry.Database).Find(e => e.PluginId == pluginId).OrderBy(e => e.Id).ToList();

    /// <summary>Every version of every plugin.</summary>
    public IReadOnlyList<PluginVersionRecord> All() =>
        Versions(_registry.Database).FindAll().OrderBy(v => v.PluginId).ThenBy(v => v.FirstSeenUtc).ToList();

    private static void UpsertVersion(LiteDatabase db, PluginState state)
    {
        var versions = Versions(db);
        var key = $"{state.Id}@{state.Version}";
        var at = state.AttemptedAt.UtcDateTime;
        var record = versions.FindById(key) ?? new PluginVersionRecord
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

    private static void AppendEvent(LiteDatabase db, PluginState state, string kind, string? previousVersion, DateTime at) =>
        Events(db).Insert(new PluginEventRecord
        {
            PluginId = state.Id!,
            Version = state.Version,
            Folder = state.Folder,
            Event = kind,
            PreviousVersion = previousVersion,
            Reason = state.Reason,
            AtUtc = at,
        });

    private static ILiteCollection<PluginVersionRecord> Versions(LiteDatabase db) => db.GetCollection<PluginVersionRecord>("plugin_versions");

    private static ILiteCollection<PluginEventRecord> Events(LiteDatabase db) => db.GetCollection<PluginEventRecord>("plugin_events");
}
