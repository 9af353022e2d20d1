namespace Kunpeng.Host.Registry;

/// <summary>A plugin version the host has seen: stored in the <c>plugin_versions</c> collection.</summary>
public sealed class PluginVersionRecord
{
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
