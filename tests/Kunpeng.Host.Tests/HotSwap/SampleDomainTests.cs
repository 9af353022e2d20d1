using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kunpeng.Host.Tests.Infrastructure;

namespace Kunpeng.Host.Tests.HotSwap;

/// <summary>
/// The eleventh domain (plugins/samples/Kunpeng.Plugins.Sports, outside the default build) dropped
/// into a running host: served without a restart, with its own declared fact; removed, retired.
/// </summary>
public sealed class SampleDomainTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task AddingTheSportsFolderServesItWithoutRestartAndRemovingItRetiresIt()
    {
        await using var host = SwapHost.Start(SwapPlugins.V1, quietPeriod: TimeSpan.FromMilliseconds(1000));
        Assert.Null(await host.ServedVersionAsync(SwapPlugins.SportsId));

        var folder = Path.Combine(host.PluginsDirectory, SwapPlugins.SportsFolder);
        TestPlugins.CopyDirectory(SwapPlugins.SportsSource, folder);
        await host.WaitUntilServedAsync("1.0.0", Timeout, SwapPlugins.SportsId);

        var sports = await host.Client.GetFromJsonAsync<JsonElement>("/api/domains/sports");
        Assert.Equal(("Sports (sample)", "区体育局", 2), (sports.GetProperty("nameEn").GetString(),
            sports.GetProperty("bodies")[0].GetProperty("nameZh").GetString(), sports.GetProperty("tiers")[0].GetProperty("quotaTarget").GetInt32()));
        var domains = await host.Client.GetFromJsonAsync<JsonElement>("/api/domains");
        Assert.Equal(["fixture-swap", "sports"], domains.EnumerateArray().Select(d => d.GetProperty("id").GetString()).Order());

        // Its criteria, with the fact it declares itself.
        var criteria = await host.Client.GetFromJsonAsync<JsonElement>("/api/domains/sports/criteria");
        var coaching = criteria.GetProperty("facts").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "coachingYears");
        Assert.Equal(("number", false), (coaching.GetProperty("type").GetString(), coaching.GetProperty("shared").GetBoolean()));
        Assert.Equal("top.coaching-years", criteria.GetProperty("tiers")[0].GetProperty("conditions")[0].GetProperty("id").GetString());

        // Eligibility reads coachingYears: met at 12, not met at 5.
        var seasoned = await Eligibility(host, coachingYears: 12);
        var top = seasoned.GetProperty("tiers")[0];
        var years = top.GetProperty("conditions")[0];
        Assert.Equal(("top.coaching-years", "met"), (years.GetProperty("id").GetString(), years.GetProperty("status").GetString()));
        Assert.Equal("pending-review", top.GetProperty("verdict").GetString());
        Assert.Equal("eligible", seasoned.GetProperty("tiers")[1].GetProperty("verdict").GetString());
        var novice = await Eligibility(host, coachingYears: 5);
        Assert.Equal("ineligible", novice.GetProperty("tiers")[0].GetProperty("verdict").GetString());

        // The fact is the sports plugin's own: fixture-swap does not accept it.
        using (var elsewhere = await host.PostEligibilityAsync(EligibilityJson(12)))
        {
            Assert.Equal(HttpStatusCode.BadRequest, elsewhere.StatusCode);
        }

        // Removing the folder retires the domain; its history stays in the registry.
        Directory.Delete(folder, recursive: true);
        await host.WaitUntilServedAsync(null, Timeout, SwapPlugins.SportsId);
        using (var retired = await host.PostEligibilityAsync(EligibilityJson(12), SwapPlugins.SportsId))
        {
            Assert.Equal(HttpStatusCode.NotFound, retired.StatusCode);
        }

        Assert.Null(await host.PluginEntryAsync(SwapPlugins.SportsFolder));
        Assert.Equal(SwapPlugins.V1, await host.ServedVersionAsync());
        var history = await host.HistoryAsync(SwapPlugins.SportsId);
        Assert.Equal(JsonValueKind.Null, history.GetProperty("currentVersion").ValueKind);
        Assert.Equal("1.0.0", Assert.Single(history.GetProperty("versions").EnumerateArray()).GetProperty("version").GetString());
        await host.AssertEventsAsync([("added", "1.0.0", null), ("retired", "1.0.0", "1.0.0")], SwapPlugins.SportsId);
    }

    private static async Task<JsonElement> Eligibility(SwapHost host, decimal coachingYears)
    {
        using var response = await host.PostEligibilityAsync(EligibilityJson(coachingYears), SwapPlugins.SportsId);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var verdicts = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("sports", "1.0.0"), (verdicts.GetProperty("domainId").GetString(), verdicts.GetProperty("pluginVersion").GetString()));
        return verdicts;
    }

    private static string EligibilityJson(decimal coachingYears) =>
        $$"""{ "referenceDate": "2025-10-31", "profile": { "birthDate": "1990-03-01", "educationLevel": "bachelor", "coachingYears": {{coachingYears}} } }""";
}
