namespace Kunpeng.Host.Registry;

/// <summary>One deployment event of a plugin (<c>plugin_events</c> collection): what was served when.</summary>
public sealed class PluginEventRecord
{
    public long Id { get; set; }
    public string PluginId { get; set; } = "";
    public string? Version { get; set; }
    public string Folder { get; set; } = "";
    /// <summary>loaded, added, replaced, refused, retired.</summary>
    public string Event { get; set; } = "";
    public string? PreviousVersion { get; set; }
    public string? Reason { get; set; }
    public DateTime AtUtc { get; set; }
}
