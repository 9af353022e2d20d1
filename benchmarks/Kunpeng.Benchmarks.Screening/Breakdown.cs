using System.Diagnostics;
using System.Globalization;
using Kunpeng.Abstractions;
using Kunpeng.Host.Api;
using Kunpeng.Host.Eligibility;
using Kunpeng.Host.Eligibility.Models;
using Kunpeng.Host.Eligibility.Profiles;

namespace Kunpeng.Benchmarks.Screening;

/// <summary>
/// Where the time of one operation goes, by Stopwatch (a profiler stand-in: no dotnet-trace here):
/// reading the bodies, validating the profiles, the plugins' own Assess calls, the whole Screen call
/// (host work = Screen − validation − plugins), writing the answers. Best of a few rounds each.
/// </summary>
internal static class Breakdown
{
    private const int Rounds = 5;

    public static void Run()
    {
        using var plugins = RealPlugins.Load();
        using var endpoint = new ScreeningEndpoint(plugins);
        var workload = Workload.Create(endpoint);
        Console.WriteLine(workload.Describe(endpoint));

        var requests = workload.Requests.Select(endpoint.Read).ToArray();
        var today = DateOnly.FromDateTime(DateTime.Now);
        var criteria = plugins.Catalog.ActiveIds.Select(id =>
        {
            plugins.Catalog.TryAcquire(id, out var lease);
            return lease!.Plugin;
        }).ToList();
        var schema = FactSchema.For(criteria.Select(p => (p.Id, p.Criteria!.Facts)));
        var profiles = requests.Select(r => r.Profiles!.Select(p =>
        {
            ProfileValidator.TryValidate(p.Profile!, schema, today, out var profile, out _);
            return profile!;
        }).ToArray()).ToArray();

        Measure("read bodies (JsonBody.ReadAsync)", () =>
        {
            foreach (var body in workload.Requests)
            {
                endpoint.Read(body);
            }
        });
        Measure("validate (ProfileValidator)", () =>
        {
            foreach (var request in requests)
            {
                foreach (var item in request.Profiles!)
                {
                    ProfileValidator.TryValidate(item.Profile!, schema, today, out _, out _);
                }
            }
        });
        Measure("plugins' Assess only", () =>
        {
            foreach (var batch in profiles)
            {
                foreach (var profile in batch)
                {
                    foreach (var plugin in criteria)
                    {
                        plugin.Criteria!.Assess(profile, ProfileGenerator.ReferenceDate);
                    }
                }
            }
        });
        Measure("Screen (validate+assess+verdicts)", () =>
        {
            foreach (var request in requests)
            {
                endpoint.Screening.Screen(request, ScreeningDetail.Compact);
            }
        });
        Measure("write answers (Ok.ExecuteAsync)", () =>
        {
            for (var b = 0; b < workload.Requests.Length; b++)
            {
                endpoint.RoundTripAsync(workload.Requests[b], workload.Answers[b]).GetAwaiter().GetResult();
            }
        }, note: "includes reading the bodies again");
        Measure("whole endpoint", () =>
        {
            foreach (var body in workload.Requests)
            {
                endpoint.ScreenAsync(body).GetAwaiter().GetResult();
            }
        });
    }

    /// <summary>Only the whole endpoint, <paramref name="rounds"/> times: something to attach dotnet-trace to.</summary>
    public static void Loop(int rounds)
    {
        using var plugins = RealPlugins.Load();
        using var endpoint = new ScreeningEndpoint(plugins);
        var workload = Workload.Create(endpoint);
        Measure("whole endpoint", () =>
        {
            foreach (var body in workload.Requests)
            {
                endpoint.ScreenAsync(body).GetAwaiter().GetResult();
            }
        }, rounds: rounds);
    }

    /// <summary>
    /// SHA-256 of every response the workload gets, compact and full: an optimization must leave both
    /// byte for byte as they were (the full answer carries every condition's found and required text).
    /// </summary>
    public static void Digest()
    {
        using var plugins = RealPlugins.Load();
        using var endpoint = new ScreeningEndpoint(plugins);
        var requests = ProfileGenerator.Requests(Workload.Seed, Workload.Batches, Workload.PerBatch);
        foreach (var detail in new[] { "compact", "full" })
        {
            using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
            long length = 0;
            foreach (var body in requests)
            {
                var (status, written) = endpoint.ScreenAsync(body, detail).GetAwaiter().GetResult();
                if (status != 200)
                {
                    throw new InvalidOperationException($"The endpoint answered {status}.");
                }

                hash.AppendData(endpoint.LastResponse);
                length += written;
            }

            Console.WriteLine($"{detail,-8} {length,14:N0} bytes  sha256 {Convert.ToHexString(hash.GetHashAndReset())}");
        }
    }

    private static void Measure(string what, Action action, string? note = null, int rounds = Rounds)
    {
        action();
        var best = double.MaxValue;
        long allocated = 0;
        int gen0 = 0, gen1 = 0, gen2 = 0;
        var paused = TimeSpan.Zero;
        for (var i = 0; i < rounds; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var before = GC.GetAllocatedBytesForCurrentThread();
            var (g0, g1, g2, pause) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
            var started = Stopwatch.GetTimestamp();
            action();
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            if (elapsed < best)
            {
                best = elapsed;
                (gen0, gen1, gen2, paused) = (GC.CollectionCount(0) - g0, GC.CollectionCount(1) - g1, GC.CollectionCount(2) - g2, GC.GetTotalPauseDuration() - pause);
            }
        }

        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-36} {1,9:F1} ms  {2,8:N0} B/profile  GC {3}/{4}/{5}, paused {6:F0} ms{7}",
            what, best, allocated / (double)Workload.Profiles, gen0, gen1, gen2, paused.TotalMilliseconds, note is null ? "" : $"  ({note})"));
    }
}
