using Kunpeng.Host.Plugins;
using LiteDB;

namespace Kunpeng.Host.Registry;

/// <summary>Records every plugin version the host has seen, when first seen and when last loaded.</summary>
public sealed class PluginVersionLedger
{
    private readonly ILiteCollection<PluginVersionRecord> _versions;

    public PluginVersionLedger(RegistryDatabase registry)
    {
        _versions = registry.Database.GetCollection<PluginVersionRecord>("plugin_versions");
        _versions.EnsureIndex(v => v.PluginId);
    }

    /// <summary>Records the outcome of a scan; folders whose manifest could not be read have no id and are not recorded.</summary>
    public void Record(IEnumerable<PluginState> states)
    {
        foreach (var state in states.Where(s => s.Id is not null && s.Version is not null))
        {
            var key = $"{state.Id}@{state.Version}";
            var at = state.AttemptedAt.UtcDateTime;
            var record = _versions.FindById(key) ?? new PluginVersionRecord
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

            _versions.Upsert(record);
        }
    }

    /// <summary>Every version of one plugin seen so far, oldest first.</summary>
    public IReadOnlyList<PluginVersionRecord> History(string pluginId) =>
        _versions.Find(v => v.PluginId == pluginId).OrderBy(v => v.FirstSeenUtc).ToList();

    /// <summary>Every version of every plugin.</summary>
    public IReadOnlyList<PluginVersionRecord> All() => _versions.FindAll().OrderBy(v => v.PluginId).ThenBy(v => v.FirstSeenUtc).ToList();
}
