using Autofac;
using Kunpeng.Abstractions;
using McMaster.NETCore.Plugins;

namespace Kunpeng.Host.Plugins;

/// <summary>Loads plugins with McMaster.NETCore.Plugins: collectible, from memory, contracts and Autofac shared.</summary>
internal sealed class McMasterPluginAssemblyLoader : IPluginAssemblyLoader
{
    // Shared across the boundary so a plugin's IOrganizer is the host's IOrganizer, and a plugin's
    // Autofac Module is the host's Module.
    private static readonly Type[] SharedTypes = [typeof(IOrganizer), typeof(Module), typeof(ContainerBuilder)];

    public PluginAssemblyHandle Load(string assemblyPath)
    {
        var loader = PluginLoader.CreateFromAssemblyFile(assemblyPath, SharedTypes, config =>
        {
            config.IsUnloadable = true;
            // In memory, so a deployment copying new files never fights a loaded one.
            config.LoadInMemory = true;
            config.PreferSharedTypes = true;
        });
        try
        {
            var assembly = loader.LoadDefaultAssembly();
            return new PluginAssemblyHandle(assembly, loader.LoadContext, loader);
        }
        catch
        {
            loader.Dispose();
            throw;
        }
    }
}
