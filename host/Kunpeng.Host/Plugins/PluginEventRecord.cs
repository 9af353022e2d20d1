using Kunpeng.Registry;

namespace Kunpeng.Host.Plugins;

/// <summary>One deployment event of a plugin: what was served when.</summary>
public sealed class PluginEventRecord : ISequencedRecord
{
    public static readonly RecordSet<PluginEventRecord> Set = new("plugin_events");

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
