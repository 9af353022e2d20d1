using System.Reflection;
using System.Runtime.Loader;

namespace Kunpeng.Host.Plugins;

/// <summary>A loaded plugin assembly and its load context; disposing it unloads the context.</summary>
public sealed class PluginAssemblyHandle(Assembly mainAssembly, AssemblyLoadContext loadContext, IDisposable owner) : IDisposable
{
    public Assembly MainAssembly { get; } = mainAssembly;

    public AssemblyLoadContext LoadContext { get; } = loadContext;

    public void Dispose() => owner.Dispose();
}
