namespace Kunpeng.Host.Plugins;

/// <summary>Where a plugin stands with the host (after Jellyfin's plugin statuses).</summary>
public enum PluginStatus
{
    /// <summary>Loaded and serving its domain.</summary>
    Active,
    /// <summary>Could not be loaded or constructed; set aside with the reason.</summary>
    Malfunctioned,
    /// <summary>Built against a contract version this host does not offer.</summary>
    NotSupported,
    /// <summary>Claims a domain id another plugin already serves.</summary>
    Conflicted,
}
