namespace Kunpeng.Host.Plugins;

/// <summary>The <c>plugin.json</c> a plugin folder carries, read before anything is loaded.</summary>
/// <param name="Id">Domain id the plugin serves.</param>
/// <param name="Version">The plugin's own version (semantic).</param>
/// <param name="Assembly">File name of the plugin's main assembly in the folder.</param>
public sealed record PluginManifest(string Id, string Version, string Assembly)
{
    public const string FileName = "plugin.json";
}
