using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit.Abstractions;

namespace Kunpeng.Host.Tests.HotSwap;

/// <summary>Swapping versions back and forth under concurrent requests: none fails, none mixes two versions.</summary>
public sealed class ConcurrentSwapTests(ITestOutputHelper output)
{
    private const int Workers = 6;
    private const int MaxRequestsPerWorker = 50_000;
    private static readonly TimeSpan LoadLimit = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task SwapsUnderConcurrentRequestsFailNoneAndEveryAnswerIsWhollyOneVersion()
    {
        await using var host = SwapHost.Start(SwapPlugins.V1, quietPeriod: TimeSpan.FromMilliseconds(1000));
        using var stop = new CancellationTokenSource(LoadLimit);
        var results = new ConcurrentBag<Outcome>();

        // Half the workers read the domain detail, half post eligibility, from before the first swap
        // until after the last, each bounded in count and the whole in time.
        var workers = Enumerable.Range(0, Workers)
            .Select(i => Task.Run(() => Hammer(host, eligibility: i % 2 == 1, results, stop.Token)))
            .ToList();
        await WaitUntilServedWhileLoaded(results, minimum: 20);

        var swaps = new[] { SwapPlugins.V2, SwapPlugins.V1, SwapPlugins.V2, SwapPlugins.V1, SwapPlugins.V2 };
        foreach (var version in swaps)
        {
            // In place (xcopy-style), so the folder never disappears under the watcher.
            SwapPlugins.Overwrite(host.PluginsDirectory, version);
            await host.WaitUntilServedAsync(version, TimeSpan.FromSeconds(10));
            var servedSince = results.Count;
            await WaitUntilServedWhileLoaded(results, minimum: servedSince + 20);
        }

        await stop.CancelAsync();
        await Task.WhenAll(workers);

        var all = results.ToList();
        output.WriteLine($"{all.Count} requests during {swaps.Length} swaps: " + string.Join(", ",
            all.GroupBy(o => (o.Eligibility ? "eligibility" : "detail", o.Version ?? "failed")).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}")));
        Assert.Empty(all.Where(o => o.Failure is not null).Select(o => o.Failure).Take(5));
        Assert.Empty(all.Where(o => o.Inconsistency is not null).Select(o => o.Inconsistency).Take(5));
        // Both versions answered both kinds of request, and no request took unreasonably long.
        foreach (var eligibility in new[] { false, true })
        {
            foreach (var version in new[] { SwapPlugins.V1, SwapPlugins.V2 })
            {
                Assert.Contains(all, o => o.Eligibility == eligibility && o.Version == version);
            }
        }

        Assert.True(all.Count >= 200, $"only {all.Count} requests were made during the swaps");
        // Each swap was one clean replacement: nothing refused or retired on the way.
        var expected = new List<(string?, string?, string?)> { ("loaded", SwapPlugins.V1, null) };
        var previous = SwapPlugins.V1;
        foreach (var version in swaps)
        {
            expected.Add(("replaced", version, previous));
            previous = version;
        }

        await host.AssertEventsAsync(expected);
    }

    private static async Task WaitUntilServedWhileLoaded(ConcurrentBag<Outcome> results, int minimum)
    {
        var waited = Stopwatch.StartNew();
        while (results.Count < minimum)
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(10), $"the workers made only {results.Count} requests in 10 s");
            await Task.Delay(10);
        }
    }

    private static async Task Hammer(SwapHost host, bool eligibility, ConcurrentBag<Outcome> results, CancellationToken stop)
    {
        for (var i = 0; i < MaxRequestsPerWorker && !stop.IsCancellationRequested; i++)
        {
            results.Add(await OneRequest(host, eligibility));
        }
    }

    private static async Task<Outcome> OneRequest(SwapHost host, bool eligibility)
    {
        try
        {
            using var response = eligibility
                ? await host.PostEligibilityAsync(SwapEdition.EligibilityRequest)
                : await host.Client.GetAsync(new Uri("/api/domains/fixture-swap", UriKind.Relative));
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return new Outcome(eligibility, null, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}", null);
            }

            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            var inconsistency = eligibility ? SwapEdition.InconsistencyInEligibility(body) : SwapEdition.InconsistencyInDomain(body);
            return new Outcome(eligibility, body.GetProperty("pluginVersion").GetString(), null, inconsistency);
        }
        catch (Exception e)
        {
            return new Outcome(eligibility, null, $"{e.GetType().Name}: {e.Message}", null);
        }
    }

    private sealed record Outcome(bool Eligibility, string? Version, string? Failure, string? Inconsistency);
}
