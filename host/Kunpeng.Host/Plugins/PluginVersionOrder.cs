namespace Kunpeng.Host.Plugins;

/// <summary>Orders plugin version strings by their numeric part (1.10.0 after 1.9.0).</summary>
internal static class PluginVersionOrder
{
    public static Version Parse(string version) =>
        Version.TryParse(version.Split('-', '+')[0], out var parsed) ? parsed : new Version(0, 0);
}
