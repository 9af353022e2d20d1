using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kunpeng.Benchmarks.HotSwap;

/// <summary>
/// Time from a plugin folder replaced (the copy finished) to GET /api/domains/fixture-swap answering
/// with the new version, against the real host process: by the folder watcher, or by the Talent
/// Office's reload endpoint with the watcher off.
/// </summary>
internal static class LatencyRun
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan GiveUp = TimeSpan.FromSeconds(30);

    public static async Task<LatencyResult> WatcherAsync(int swaps)
    {
        await using var host = await HostProcess.StartAsync(watchForChanges: true, SwapFolders.V1);
        var served = new List<double>();
        var loads = new List<double>();
        var version = SwapFolders.V1;
        for (var swap = 1; swap <= swaps; swap++)
        {
            // Each swap starts from a quiet folder, its predecessor long settled.
            await Task.Delay(Settle);
            version = SwapFolders.Other(version);
            SwapFolders.Replace(host.PluginsDirectory, version);
            var clock = Stopwatch.StartNew();
            while (await host.ServedVersionAsync() != version)
            {
                if (clock.Elapsed > GiveUp)
                {
                    throw new TimeoutException($"{version} was not served {GiveUp.TotalSeconds} s after the folder was replaced.");
                }

                await Task.Delay(5);
            }

            served.Add(clock.Elapsed.TotalMilliseconds);
            loads.Add(await LoadMillisecondsAsync(host));
            Console.WriteLine($"  watcher swap {swap}: {served[^1]:0} ms (load {loads[^1]:0.0} ms)");
        }

        return new LatencyResult(served, loads);
    }

    public static async Task<LatencyResult> ReloadEndpointAsync(int swaps)
    {
        await using var host = await HostProcess.StartAsync(watchForChanges: false, SwapFolders.V1);
        await host.SignInAsync();
        var served = new List<double>();
        var loads = new List<double>();
        var version = SwapFolders.V1;
        for (var swap = 1; swap <= swaps; swap++)
        {
            await Task.Delay(Settle);
            version = SwapFolders.Other(version);
            SwapFolders.Replace(host.PluginsDirectory, version);
            var clock = Stopwatch.StartNew();
            using (var reload = await host.Client.PostAsync(new Uri($"/api/plugins/{SwapFolders.DomainId}/reload", UriKind.Relative), null))
            {
                reload.EnsureSuccessStatusCode();
                var change = await reload.Content.ReadFromJsonAsync<JsonElement>();
                if (change.GetProperty("change").GetString() != "replaced")
                {
                    throw new InvalidOperationException($"The reload answered {change}.");
                }
            }

            var answered = await host.ServedVersionAsync();
            served.Add(clock.Elapsed.TotalMilliseconds);
            if (answered != version)
            {
                throw new InvalidOperationException($"After the reload, {answered} serves instead of {version}.");
            }

            loads.Add(await LoadMillisecondsAsync(host));
            Console.WriteLine($"  reload swap {swap}: {served[^1]:0} ms (load {loads[^1]:0.0} ms)");
        }

        return new LatencyResult(served, loads);
    }

    /// <summary>How long the host took to load the folder's current version (GET /api/plugins).</summary>
    private static async Task<double> LoadMillisecondsAsync(HostProcess host)
    {
        var plugins = await host.Client.GetFromJsonAsync<JsonElement>("/api/plugins");
        return plugins.EnumerateArray().Single(p => p.GetProperty("folder").GetString() == SwapFolders.Folder).GetProperty("loadMilliseconds").GetDouble();
    }
}

/// <summary>Per-swap times to serving and the host's load time of each version, in milliseconds.</summary>
internal sealed record LatencyResult(IReadOnlyList<double> ServedMilliseconds, IReadOnlyList<double> LoadMilliseconds)
{
    public double MedianServed => Median(ServedMilliseconds);

    public double MedianLoad => Median(LoadMilliseconds);

    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
