using System.Net;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using System.Text.Json;
using Kunpeng.Abstractions;
using Kunpeng.Host.Plugins;
using Kunpeng.Host.Tests.Infrastructure;

namespace Kunpeng.Host.Tests.HotSwap;

/// <summary>
/// A request holding the old version finishes on it; the old version is disposed when the last such
/// request ends, and its load context is then collectable while the host goes on serving.
/// </summary>
public sealed class InFlightAndUnloadTests
{
    [Fact]
    public async Task RequestInFlightFinishesOnItsVersionAndTheOldVersionIsDisposedWhenItEnds()
    {
        await using var host = SwapHost.Start(SwapPlugins.V1, watchForChanges: false);
        var catalog = host.Service<DomainPluginCatalog>();

        // A request takes its lease on 1.0.0 ...
        Assert.True(catalog.TryAcquire(SwapPlugins.DomainId, out var lease));
        var old = lease.Plugin;

        // ... 2.0.0 is deployed and swapped in while it runs ...
        SwapPlugins.Replace(host.PluginsDirectory, SwapPlugins.V2);
        var change = await host.Service<PluginReloader>().ReloadAsync(SwapPlugins.Folder);
        Assert.Equal((PluginChangeKind.Replaced, "2.0.0", "1.0.0"), (change!.Kind, change.State.Version, change.PreviousVersion));
        Assert.Equal(SwapPlugins.V2, await host.ServedVersionAsync());

        // ... and the request still reads 1.0.0 throughout: organizer, criteria and assessment.
        Assert.Equal(("1.0.0", "Swap fixture 1.0.0"), (lease.Plugin.Version, lease.Plugin.Organizer.Domain.NameEn));
        Assert.Equal("一般年龄不超过40周岁", lease.Plugin.Criteria!.Tiers[1].Conditions[0].TextZh);
        var profile = new CandidateProfile { BirthDate = new DateOnly(1983, 5, 1), EducationLevel = EducationLevel.Master };
        var backbone = lease.Plugin.Criteria.Assess(profile, new DateOnly(2025, 10, 31))[1];
        Assert.Equal(ConditionStatus.NotMet, backbone.Outcomes[0].Status);
        Assert.False(old.IsDisposed);

        // A new request meanwhile gets 2.0.0.
        Assert.True(catalog.TryAcquire(SwapPlugins.DomainId, out var next));
        using (next)
        {
            Assert.NotSame(old, next.Plugin);
            Assert.Equal("2.0.0", next.Plugin.Version);
        }

        lease.Dispose();
        Assert.True(old.IsDisposed);
        lease.Dispose();
        Assert.Equal(SwapPlugins.V2, await host.ServedVersionAsync());
    }

    [Fact]
    public async Task OldVersionsLoadContextIsCollectableAfterTheSwapWhileTheHostRuns()
    {
        await using var host = SwapHost.Start(SwapPlugins.V1, quietPeriod: TimeSpan.FromMilliseconds(1000));
        var context = await ServeEveryEndpointFromV1(host);

        SwapPlugins.Replace(host.PluginsDirectory, SwapPlugins.V2);
        await host.WaitUntilServedAsync(SwapPlugins.V2, TimeSpan.FromSeconds(10));
        await WatchedSwapTests.AssertServedWhollyBy(host, SwapEdition.Two);

        Assert.True(Collection.WaitUntilCollected(context, TimeSpan.FromSeconds(10)),
            "1.0.0's AssemblyLoadContext is still alive after 2.0.0 replaced it: something in the running host pins it");
        Assert.Equal(SwapPlugins.V2, await host.ServedVersionAsync());
    }

    /// <summary>
    /// Uses 1.0.0 through every endpoint that touches a plugin (including failures and Swagger's
    /// schema of declared facts), then returns a weak reference to its load context. In its own
    /// frame so no local here keeps a plugin object reachable.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static async Task<WeakReference> ServeEveryEndpointFromV1(SwapHost host)
    {
        await WatchedSwapTests.AssertServedWhollyBy(host, SwapEdition.One);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync(new Uri("/api/domains", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync(new Uri("/api/plugins", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync(new Uri("/api/plugins/fixture-swap/history", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative))).StatusCode);
        using (var invalid = await host.PostEligibilityAsync("""{ "referenceDate": "2025-10-31", "profile": { "educationLevel": "nope" } }"""))
        {
            Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        }

        using var signedIn = host.ClientWith(await host.TokenAsync(SwapHost.AdminUserName, SwapHost.AdminPassword));
        using (var screen = await signedIn.PostAsJsonAsync("/api/eligibility/screen", JsonDocument.Parse(
                   """{ "referenceDate": "2025-10-31", "domains": ["fixture-swap"], "profiles": [{ "id": "a", "profile": { "educationLevel": "master" } }] }""").RootElement))
        {
            Assert.Equal(HttpStatusCode.OK, screen.StatusCode);
        }

        return ContextOf(host.Service<DomainPluginCatalog>());
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference ContextOf(DomainPluginCatalog catalog)
    {
        Assert.True(catalog.TryAcquire(SwapPlugins.DomainId, out var lease));
        using (lease)
        {
            Assert.Equal("1.0.0", lease.Plugin.Version);
            var context = AssemblyLoadContext.GetLoadContext(lease.Plugin.Organizer.GetType().Assembly)!;
            Assert.True(context.IsCollectible);
            return new WeakReference(context);
        }
    }
}
