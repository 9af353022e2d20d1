using Kunpeng.Registry;
using Kunpeng.Registry.LiteDb;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using System.Text.Json;
using Kunpeng.Host.Plugins;
using Kunpeng.Host.Registry;
using Kunpeng.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Kunpeng.Host.Tests.Hosting;

/// <summary>Starting, stopping and restarting the real host over one small plugin.</summary>
public sealed class HostLifecycleTests : IDisposable
{
    private readonly TempDirectory _root = new("lifecycle");

    public HostLifecycleTests()
    {
        Directory.CreateDirectory(PluginsDirectory);
        TestPlugins.CopyFixture(TestPlugins.Healthy, PluginsDirectory);
    }

    private string PluginsDirectory => _root.Combine("plugins");

    private string DatabasePath => _root.Combine("registry", "kunpeng.db");

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task RestartKeepsTheLedgerAndTheHostHoldsTheRegistryLockWhileUp()
    {
        var firstLoad = await RunHostOnce(holdingLockCheck: false);
        var secondLoad = await RunHostOnce(holdingLockCheck: true);
        Assert.True(secondLoad > firstLoad);

        // Both hosts are stopped: the lock is free and the ledger shows one version seen twice.
        using var registry = new LiteDbRegistry(new RegistryOptions { DatabasePath = DatabasePath }.ResolvePath());
        var record = Assert.Single(new PluginVersionLedger(registry, TimeProvider.System).All());
        Assert.Equal(("fixture-healthy@1.2.3", "fixture-healthy", "1.2.3", "Active"), (record.Id, record.PluginId, record.Version, record.LastStatus));
        // BSON dates keep milliseconds.
        Assert.Equal(ToMilliseconds(firstLoad), record.FirstSeenUtc);
        Assert.Equal(ToMilliseconds(secondLoad), record.LastLoadedUtc);
        Assert.Equal(DateTimeKind.Utc, record.FirstSeenUtc.Kind);
    }

    [Fact]
    public async Task StoppingTheHostUnloadsThePluginsItServed()
    {
        var context = await ServeAndStop();

        Assert.True(Collection.WaitUntilCollected(context),
            "the plugin's AssemblyLoadContext outlived the host that served it: something pins it");
    }

    private static DateTime ToMilliseconds(DateTimeOffset at) =>
        new(at.UtcTicks - at.UtcTicks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);

    /// <summary>Starts a host, returns the time it loaded the plugin (from /api/plugins), stops it.</summary>
    private async Task<DateTimeOffset> RunHostOnce(bool holdingLockCheck)
    {
        await using var factory = new KunpengHostFactory(PluginsDirectory, DatabasePath);
        using var client = factory.CreateClient();
        var plugins = await client.GetFromJsonAsync<JsonElement>("/api/plugins");
        var plugin = Assert.Single(plugins.EnumerateArray());
        Assert.Equal("active", plugin.GetProperty("status").GetString());
        if (holdingLockCheck)
        {
            var refused = Assert.Throws<RegistryOpenException>(
                () => new LiteDbRegistry(new RegistryOptions { DatabasePath = DatabasePath }.ResolvePath()));
            Assert.Contains("lock", refused.Message, StringComparison.Ordinal);
        }

        return plugin.GetProperty("loadedAt").GetDateTimeOffset();
    }

    /// <summary>Serves a request from the plugin, then stops the host; in its own frame so nothing here pins the plugin.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private async Task<WeakReference> ServeAndStop()
    {
        WeakReference context;
        await using (var factory = new KunpengHostFactory(PluginsDirectory, DatabasePath))
        {
            using var client = factory.CreateClient();
            var domain = await client.GetFromJsonAsync<JsonElement>("/api/domains/fixture-healthy");
            Assert.Equal("Healthy fixture", domain.GetProperty("nameEn").GetString());
            await client.GetAsync(new Uri("/api/domains", UriKind.Relative));
            await client.GetAsync(new Uri("/health", UriKind.Relative));
            context = ContextOf(factory.Services.GetRequiredService<DomainPluginCatalog>(), "fixture-healthy");
        }

        return context;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference ContextOf(DomainPluginCatalog catalog, string domainId)
    {
        Assert.True(catalog.TryAcquire(domainId, out var lease));
        using (lease)
        {
            var context = AssemblyLoadContext.GetLoadContext(lease.Plugin.Organizer.GetType().Assembly)!;
            Assert.True(context.IsCollectible);
            return new WeakReference(context);
        }
    }
}
