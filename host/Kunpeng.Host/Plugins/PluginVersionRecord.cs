using Kunpeng.Registry;

namespace Kunpeng.Host.Plugins;

/// <summary>A plugin version the host has seen.</summary>
public sealed class PluginVersionRecord : IRecord
{
    public static readonly RecordSet<PluginVersionRecord> Set = new("plugin_versions");

    /// <summary><c>{pluginId}@{version}</c>.</summary>
    public string Id { get; set; } = "";
    public string PluginId { get; set; } = "";
    public string Version { get; set; } = "";
    public string? ContractVersion { get; set; }
    public DateTime FirstSeenUtc { get; set; }
    /// <summary>Last time this version loaded successfully; null if it never did.</summary>
    public DateTime? LastLoadedUtc { get; set; }
    public string LastStatus { get; set; } = "";
    public string? LastReason { get; set; }
}
