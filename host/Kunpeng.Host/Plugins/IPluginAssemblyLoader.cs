namespace Kunpeng.Host.Plugins;

/// <summary>
/// Loads a plugin's main assembly into its own collectible load context, sharing the contracts.
/// The host's own seam over McMaster.NETCore.Plugins, so the library can be replaced or forked
/// without touching the rest (its maintainer plans to archive it).
/// </summary>
public interface IPluginAssemblyLoader
{
    PluginAssemblyHandle Load(string assemblyPath);
}
