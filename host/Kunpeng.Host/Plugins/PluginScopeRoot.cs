using Autofac;

namespace Kunpeng.Host.Plugins;

/// <summary>
/// The Autofac container every plugin version's lifetime scope is begun from: a plain one of its
/// own, not the host's. The host's container is built by Autofac.Extensions.DependencyInjection,
/// whose registration hook inspects every component registered in it or in any scope begun from
/// it, and remembers the types in static caches. Those caches are registered for clearing with
/// Autofac's <c>ReflectionCacheSet.Shared</c> once, and Autofac holds that set only weakly: once a
/// collection has taken it, unloading a plugin no longer clears them, and every retired version
/// stays pinned (found in a heap dump of the hot-swap tests). Begun from here, plugin scopes never
/// pass through that hook; Autofac's own caches are cleared per load context as documented.
/// </summary>
public sealed class PluginScopeRoot : IDisposable
{
    public PluginScopeRoot() => Container = new ContainerBuilder().Build();

    /// <summary>The root plugin scopes are begun from. It registers nothing: a plugin brings its own services.</summary>
    public IContainer Container { get; }

    public void Dispose() => Container.Dispose();
}
