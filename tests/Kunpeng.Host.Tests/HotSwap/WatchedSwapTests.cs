using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kunpeng.Host.Plugins;
using Microsoft.Extensions.Hosting;

namespace Kunpeng.Host.Tests.HotSwap;

/// <summary>
/// Deploying a new version by replacing the plugin's folder while the host runs: the folder watcher
/// notices, waits for the folder to be quiet, loads the new version beside the old and swaps it in.
/// </summary>
public sealed class WatchedSwapTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task ReplacingTheFolderServesTheNewVersionWithinSecondsAndEveryAnswerIsWhollyOneVersion()
    {
        // The host's default quiet period (750 ms), as deployed.
        await using var host = SwapHost.Start(SwapPlugins.V1);
        Assert.Equal(SwapPlugins.V1, await host.ServedVersionAsync());
        await AssertServedWhollyBy(host, SwapEdition.One);

        SwapPlugins.Replace(host.PluginsDirectory, SwapPlugins.V2);
        var took = await host.WaitUntilServedAsync(SwapPlugins.V2, Timeout);

        Assert.True(took < TimeSpan.FromSeconds(5), $"2.0.0 served only {took.TotalSeconds:0.00} s after the folder was replaced.");
        await AssertServedWhollyBy(host, SwapEdition.Two);
        var entry = (await host.PluginEntryAsync())!.Value;
        Assert.Equal(("active", "2.0.0", "Swap fixture 2.0.0"),
            (entry.GetProperty("status").GetString(), entry.GetProperty("version").GetString(), entry.GetProperty("nameEn").GetString()));
        await host.AssertEventsAsync([("loaded", SwapPlugins.V1, null), ("replaced", SwapPlugins.V2, SwapPlugins.V1)]);
    }

    [Fact]
    public async Task TheWatcherListensFromTheMomentTheHostHasStartedSoADeploymentRightAwayIsSeen()
    {
        await using var host = SwapHost.Start(SwapPlugins.V1, quietPeriod: TimeSpan.FromMilliseconds(1000));
        Assert.True(Watcher(host).IsWatching);

        SwapPlugins.Replace(host.PluginsDirectory, SwapPlugins.V2);
        await host.WaitUntilServedAsync(SwapPlugins.V2, Timeout);
    }

    [Fact]
    public async Task BrokenVersionIsRefusedWithItsReasonAndThePreviousVersionKeepsServing()
    {
        await using var host = SwapHost.Start(SwapPlugins.V2, quietPeriod: TimeSpan.FromMilliseconds(1000));

        SwapPlugins.Replace(host.PluginsDirectory, SwapPlugins.V3Broken);
        var refused = await host.WaitForPluginEntryAsync(p => p.GetProperty("status").GetString() != "active", Timeout);

        // GET /api/plugins: the folder's refusal, naming the version refused, the one still serving, and the cause.
        Assert.Equal(("malfunctioned", "3.0.0"), (refused.GetProperty("status").GetString(), refused.GetProperty("version").GetString()));
        var reason = refused.GetProperty("reason").GetString()!;
        Assert.Contains("Version 3.0.0 was refused, so version 2.0.0 keeps serving", reason, StringComparison.Ordinal);
        Assert.Contains(SwapPlugins.BrokenMessage, reason, StringComparison.Ordinal);

        // 2.0.0 keeps serving, organizer and criteria alike.
        Assert.Equal(SwapPlugins.V2, await host.ServedVersionAsync());
        await AssertServedWhollyBy(host, SwapEdition.Two);

        // The history keeps the refusal beside the versions that served.
        await host.AssertEventsAsync([("loaded", SwapPlugins.V2, null), ("refused", SwapPlugins.V3Broken, SwapPlugins.V2)]);
        var history = await host.HistoryAsync();
        Assert.Equal("2.0.0", history.GetProperty("currentVersion").GetString());
        var last = history.GetProperty("events").EnumerateArray().Last();
        Assert.Equal(("refused", "3.0.0", "2.0.0"),
            (last.GetProperty("event").GetString(), last.GetProperty("version").GetString(), last.GetProperty("previousVersion").GetString()));
        Assert.Contains(SwapPlugins.BrokenMessage, last.GetProperty("reason").GetString(), StringComparison.Ordinal);
        var v3 = history.GetProperty("versions").EnumerateArray().Single(v => v.GetProperty("version").GetString() == "3.0.0");
        Assert.Equal(("Malfunctioned", JsonValueKind.Null), (v3.GetProperty("lastStatus").GetString(), v3.GetProperty("lastLoaded").ValueKind));

        // Putting a working version back clears the refusal.
        SwapPlugins.Replace(host.PluginsDirectory, SwapPlugins.V1);
        await host.WaitUntilServedAsync(SwapPlugins.V1, Timeout);
        var recovered = (await host.PluginEntryAsync())!.Value;
        Assert.Equal(("active", JsonValueKind.Null), (recovered.GetProperty("status").GetString(), recovered.GetProperty("reason").ValueKind));
    }

    internal static PluginFolderWatcher Watcher(SwapHost host) =>
        host.Service<IEnumerable<IHostedService>>().OfType<PluginFolderWatcher>().Single();

    /// <summary>Domain detail, eligibility, criteria and measures all come from <paramref name="edition"/>.</summary>
    internal static async Task AssertServedWhollyBy(SwapHost host, SwapEdition edition)
    {
        var domain = await host.Client.GetFromJsonAsync<JsonElement>("/api/domains/fixture-swap");
        Assert.Null(SwapEdition.InconsistencyInDomain(domain));
        Assert.Equal(edition.Version, domain.GetProperty("pluginVersion").GetString());

        using var eligibility = await host.PostEligibilityAsync(SwapEdition.EligibilityRequest);
        Assert.Equal(HttpStatusCode.OK, eligibility.StatusCode);
        var verdicts = await eligibility.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Null(SwapEdition.InconsistencyInEligibility(verdicts));
        Assert.Equal(edition.Version, verdicts.GetProperty("pluginVersion").GetString());

        var criteria = await host.Client.GetFromJsonAsync<JsonElement>("/api/domains/fixture-swap/criteria");
        var age = criteria.GetProperty("tiers")[1].GetProperty("conditions")[0];
        Assert.Equal(edition.AgeTextZh, age.GetProperty("textZh").GetString());

        var measures = await host.Client.GetFromJsonAsync<JsonElement>("/api/domains/fixture-swap/measures");
        Assert.Equal(edition.MeasureTitleZh, measures.GetProperty("measures")[0].GetProperty("titleZh").GetString());
    }
}
