using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using Kunpeng.Host.Plugins;
using Kunpeng.Host.Tests.Infrastructure;

namespace Kunpeng.Host.Tests.Plugins;

/// <summary>
/// A retired plugin version stays usable while a lease holds it, is disposed when the last lease
/// ends, and its load context is then collected.
/// </summary>
public sealed class PluginUnloadTests : IDisposable
{
    private static readonly string HealthyFolder = Path.Combine(TestPlugins.FixtureDirectory, TestPlugins.Healthy);

    private readonly LoaderHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public void RetiredPluginIsDisposedOnlyWhenItsLastLeaseEnds()
    {
        using var catalog = new DomainPluginCatalog();
        var result = _harness.Loader.Load(HealthyFolder);
        var plugin = Assert.IsType<LoadedDomainPlugin>(result.Plugin);
        catalog.Publish([plugin], [result.State]);
        var context = _harness.ContextOf(TestPlugins.Healthy + ".dll");

        Assert.True(catalog.TryAcquire("fixture-healthy", out var lease));
        Assert.Same(plugin, lease.Plugin);

        // Retire: the next snapshot serves nothing.
        catalog.Publish([], []);
        Assert.False(catalog.TryAcquire("fixture-healthy", out _));
        Assert.Empty(catalog.ActiveIds);

        // The request holding the lease still has a live plugin.
        Assert.False(plugin.IsDisposed);
        Assert.False(context.Unloading);
        Assert.Equal("Healthy fixture", lease.Plugin.Organizer.Domain.NameEn);

        lease.Dispose();

        Assert.True(plugin.IsDisposed);
        Assert.True(context.Unloading);
    }

    [Fact]
    public void EveryLeaseCountsNotJustTheFirst()
    {
        using var catalog = new DomainPluginCatalog();
        var result = _harness.Loader.Load(HealthyFolder);
        var plugin = result.Plugin!;
        catalog.Publish([plugin], [result.State]);
        Assert.True(catalog.TryAcquire("fixture-healthy", out var first));
        Assert.True(catalog.TryAcquire("fixture-healthy", out var second));

        catalog.Publish([], []);
        first.Dispose();
        Assert.False(plugin.IsDisposed);

        second.Dispose();
        Assert.True(plugin.IsDisposed);
    }

    [Fact]
    public void RetiredPluginsLoadContextIsCollected()
    {
        using var catalog = new DomainPluginCatalog();
        var context = LoadServeAndRetire(catalog);

        Assert.True(Collection.WaitUntilCollected(context), "the retired plugin's AssemblyLoadContext is still alive: something pins it");
    }

    [Fact]
    public void RefusedPluginsLoadContextIsCollected()
    {
        // Its organizer's constructor throws; the exception passes through Autofac and the loader.
        var context = LoadRefused(Path.Combine(TestPlugins.FixtureDirectory, TestPlugins.ThrowingConstructor));

        Assert.True(Collection.WaitUntilCollected(context), "the refused plugin's AssemblyLoadContext is still alive: something pins it");
    }

    [Fact]
    public void VersionWhoseDisposalThrowsIsStillUnloadedAndItsLastRequestDoesNotFail()
    {
        using var catalog = new DomainPluginCatalog();
        var result = _harness.Loader.Load(Path.Combine(TestPlugins.FixtureDirectory, TestPlugins.ThrowingDispose));
        var plugin = Assert.IsType<LoadedDomainPlugin>(result.Plugin);
        catalog.Publish([plugin], [result.State]);
        var context = _harness.ContextOf(TestPlugins.ThrowingDispose + ".dll");
        Assert.True(catalog.TryAcquire("fixture-throwing-dispose", out var lease));

        // Swapped out while a request holds it: the swap itself does not throw ...
        catalog.Publish([], []);
        Assert.False(plugin.IsDisposed);

        // ... nor does the request's end, which disposes the version; the context unloads regardless.
        lease.Dispose();
        Assert.True(plugin.IsDisposed);
        Assert.True(context.Unloading);
    }

    [Fact]
    public void SwapRetiringAVersionWhoseDisposalThrowsCompletes()
    {
        using var catalog = new DomainPluginCatalog();
        var result = _harness.Loader.Load(Path.Combine(TestPlugins.FixtureDirectory, TestPlugins.ThrowingDispose));
        catalog.Publish([result.Plugin!], [result.State]);

        catalog.Publish([], []);

        Assert.True(result.Plugin!.IsDisposed);
        Assert.True(_harness.ContextOf(TestPlugins.ThrowingDispose + ".dll").Unloading);
    }

    /// <summary>
    /// Loads, publishes, uses under a lease, retires and releases, all in a frame of its own so no
    /// local of the test method keeps a plugin object reachable.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private WeakReference LoadServeAndRetire(DomainPluginCatalog catalog)
    {
        var result = _harness.Loader.Load(HealthyFolder);
        var plugin = Assert.IsType<LoadedDomainPlugin>(result.Plugin);
        var context = new WeakReference(AssemblyLoadContext.GetLoadContext(plugin.Organizer.GetType().Assembly));
        catalog.Publish([plugin], [result.State]);

        Assert.True(catalog.TryAcquire("fixture-healthy", out var lease));
        using (lease)
        {
            Assert.Equal(2, lease.Plugin.Organizer.Profile.Tiers.Count);
            catalog.Publish([], []);
            Assert.False(plugin.IsDisposed);
        }

        Assert.True(plugin.IsDisposed);
        return context;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private WeakReference LoadRefused(string folder)
    {
        var result = _harness.Loader.Load(folder);
        Assert.Null(result.Plugin);
        var watched = Assert.Single(_harness.Contexts);
        Assert.True(watched.Unloading);
        return watched.Context;
    }
}
