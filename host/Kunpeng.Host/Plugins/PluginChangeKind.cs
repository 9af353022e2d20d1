namespace Kunpeng.Host.Plugins;

public enum PluginChangeKind
{
    /// <summary>A new domain is served.</summary>
    Added,
    /// <summary>A new version serves the domain; the old one finishes its requests and unloads.</summary>
    Replaced,
    /// <summary>The new version failed to load; the previous one (if any) keeps serving.</summary>
    Refused,
    /// <summary>The folder was removed; the domain is no longer served.</summary>
    Retired,
}
