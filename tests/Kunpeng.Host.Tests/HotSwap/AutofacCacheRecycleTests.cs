using System.Reflection;
using Autofac.Core;
using Autofac.Extensions.DependencyInjection;
using Kunpeng.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kunpeng.Host.Tests.HotSwap;

/// <summary>
/// Runs alone, after the parallel tests: it changes Autofac state that the whole process shares.
/// </summary>
[CollectionDefinition(nameof(ProcessWideAutofacState), DisableParallelization = true)]
public sealed class ProcessWideAutofacState;

/// <summary>
/// Autofac holds <see cref="ReflectionCacheSet.Shared"/> only through a weak reference: when no
/// container is alive, a collection takes it and the next container gets a new one.
/// Autofac.Extensions.DependencyInjection registers its static reflection caches for clearing with
/// the set once, in static constructors, so after such a collection unloading a load context no
/// longer clears them. A heap dump of a full test run (hosts come and go in one process) showed
/// every retired plugin version pinned by one of them, FromKeyedServicesUsageCache, holding the
/// plugins' types. The state that collection leaves behind is made here on purpose.
/// </summary>
[Collection(nameof(ProcessWideAutofacState))]
public sealed class AutofacCacheRecycleTests
{
    [Fact]
    public async Task OldVersionIsCollectableAfterTheSwapEvenOnceAutofacsSharedReflectionCacheSetWasRecycled()
    {
        // Autofac.Extensions.DependencyInjection's static caches exist and are registered with the current set ...
        var factory = new AutofacServiceProviderFactory();
        var warm = factory.CreateServiceProvider(factory.CreateBuilder(new ServiceCollection().AddSingleton<Warm>()));
        Assert.NotNull(warm.GetService<Warm>());
        ((IDisposable)warm).Dispose();

        // ... and that set is gone, as after a collection while no container was alive.
        var shared = typeof(ReflectionCacheSet).GetField("_sharedSet", BindingFlags.NonPublic | BindingFlags.Static);
        Assert.True(shared is not null, "Autofac no longer keeps ReflectionCacheSet.Shared in _sharedSet: revisit this test");
        shared.SetValue(null, null);

        await using var host = SwapHost.Start(SwapPlugins.V1, quietPeriod: TimeSpan.FromMilliseconds(250));
        var context = await InFlightAndUnloadTests.ServeEveryEndpointFromV1(host);
        SwapPlugins.Replace(host.PluginsDirectory, SwapPlugins.V2);
        await host.WaitUntilServedAsync(SwapPlugins.V2, TimeSpan.FromSeconds(10));
        await WatchedSwapTests.AssertServedWhollyBy(host, SwapEdition.Two);

        Assert.True(Collection.WaitUntilCollected(context, TimeSpan.FromSeconds(10)),
            "1.0.0's AssemblyLoadContext is still alive after 2.0.0 replaced it, once Autofac's shared reflection cache set had been recycled");
    }

    private sealed class Warm;
}
