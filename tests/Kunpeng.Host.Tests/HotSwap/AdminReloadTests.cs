using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kunpeng.Host.Tests.Infrastructure;

namespace Kunpeng.Host.Tests.HotSwap;

/// <summary>
/// The Talent Office's explicit reload, for deployments where file watching is unreliable
/// (Kunpeng:Plugins:WatchForChanges=false), and the deployment history it leaves.
/// </summary>
public sealed class AdminReloadTests
{
    [Fact]
    public async Task ReloadIsForTheTalentOfficeOnlyAndSwapsWhenTheWatcherIsOff()
    {
        await using var host = SwapHost.Start(SwapPlugins.V1, watchForChanges: false);
        Assert.False(WatchedSwapTests.Watcher(host).IsWatching);
        using var admin = host.ClientWith(await host.TokenAsync(SwapHost.AdminUserName, SwapHost.AdminPassword));
        using (var created = await admin.PostAsJsonAsync("/api/accounts", new
               {
                   userName = "swap-officer", password = "swap-officer-password", displayName = "样例局 王", role = "bureau-officer", domainId = "fixture-swap",
               }))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        using var officer = host.ClientWith(await host.TokenAsync("swap-officer", "swap-officer-password"));
        foreach (var url in new[] { "/api/plugins/fixture-swap/reload", "/api/plugins/reload" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client.PostAsync(new Uri(url, UriKind.Relative), null)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsync(new Uri(url, UriKind.Relative), null)).StatusCode);
        }

        // With the watcher off, a replaced folder is not picked up by itself: longer than the default quiet period later, 1.0.0 still serves ...
        SwapPlugins.Replace(host.PluginsDirectory, SwapPlugins.V2);
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        Assert.Equal(SwapPlugins.V1, await host.ServedVersionAsync());

        // ... until the Talent Office reloads it; the answer says what changed, and 2.0.0 serves at once.
        using (var reloaded = await admin.PostAsync(new Uri("/api/plugins/fixture-swap/reload", UriKind.Relative), null))
        {
            Assert.Equal(HttpStatusCode.OK, reloaded.StatusCode);
            var change = await reloaded.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(("fixture-swap", "replaced", "2.0.0", "1.0.0", "active"), (change.GetProperty("folder").GetString(),
                change.GetProperty("change").GetString(), change.GetProperty("version").GetString(),
                change.GetProperty("previousVersion").GetString(), change.GetProperty("status").GetString()));
        }

        Assert.Equal(SwapPlugins.V2, await host.ServedVersionAsync());
        await WatchedSwapTests.AssertServedWhollyBy(host, SwapEdition.Two);

        // The rescan picks up a folder added meanwhile.
        TestPlugins.CopyDirectory(SwapPlugins.SportsSource, Path.Combine(host.PluginsDirectory, SwapPlugins.SportsFolder));
        using (var rescan = await admin.PostAsync(new Uri("/api/plugins/reload", UriKind.Relative), null))
        {
            Assert.Equal(HttpStatusCode.OK, rescan.StatusCode);
            var changes = await rescan.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Contains(changes.EnumerateArray(), c => c.GetProperty("folder").GetString() == "sports" && c.GetProperty("change").GetString() == "added");
        }

        Assert.Equal("1.0.0", await host.ServedVersionAsync(SwapPlugins.SportsId));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync(new Uri("/api/plugins/nope/reload", UriKind.Relative), null)).StatusCode);
    }

    [Fact]
    public async Task HistoryListsEveryVersionAndEveryEventLoadedReplacedRefusedRetired()
    {
        await using var host = SwapHost.Start(SwapPlugins.V1, watchForChanges: false);
        using var admin = host.ClientWith(await host.TokenAsync(SwapHost.AdminUserName, SwapHost.AdminPassword));

        SwapPlugins.Replace(host.PluginsDirectory, SwapPlugins.V2);
        Assert.Equal("replaced", await Reload(admin));
        SwapPlugins.Replace(host.PluginsDirectory, SwapPlugins.V3Broken);
        Assert.Equal("refused", await Reload(admin));
        Assert.Equal(SwapPlugins.V2, await host.ServedVersionAsync());
        Directory.Delete(Path.Combine(host.PluginsDirectory, SwapPlugins.Folder), recursive: true);
        Assert.Equal("retired", await Reload(admin));
        Assert.Null(await host.ServedVersionAsync());

        var history = await host.HistoryAsync();
        Assert.Equal(JsonValueKind.Null, history.GetProperty("currentVersion").ValueKind);
        var versions = history.GetProperty("versions").EnumerateArray()
            .Select(v => (v.GetProperty("version").GetString(), v.GetProperty("lastStatus").GetString(), v.GetProperty("lastLoaded").ValueKind != JsonValueKind.Null))
            .ToList();
        Assert.Equal([("1.0.0", "Active", true), ("2.0.0", "Active", true), ("3.0.0", "Malfunctioned", false)], versions);

        // The retirement names the version that stopped serving (2.0.0), not the refused 3.0.0 the folder last held.
        await host.AssertEventsAsync([("loaded", "1.0.0", null), ("replaced", "2.0.0", "1.0.0"), ("refused", "3.0.0", "2.0.0"), ("retired", "2.0.0", "2.0.0")]);
        var events = history.GetProperty("events").EnumerateArray().ToList();
        Assert.Contains(SwapPlugins.BrokenMessage, events[2].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, events[3].GetProperty("reason").ValueKind);
        Assert.All(events, e => Assert.Equal(SwapPlugins.Folder, e.GetProperty("folder").GetString()));
        var times = events.Select(e => e.GetProperty("at").GetDateTime()).ToList();
        Assert.Equal(times.Order(), times);
    }

    private static async Task<string?> Reload(HttpClient admin)
    {
        using var response = await admin.PostAsync(new Uri("/api/plugins/fixture-swap/reload", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("change").GetString();
    }
}
