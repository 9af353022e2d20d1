namespace Kunpeng.Host.Plugins;

/// <summary>The outcome of loading one plugin folder: a loaded plugin, or only its state with the reason.</summary>
public sealed record PluginLoadResult(LoadedDomainPlugin? Plugin, PluginState State)
{
    public static PluginLoadResult Loaded(LoadedDomainPlugin plugin, PluginState state) => new(plugin, state);

    public static PluginLoadResult Refused(PluginState state) => new(null, state);
}
