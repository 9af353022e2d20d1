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
        var distinctDomainAnswers = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var distinctTierAnswers = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var profile in workload.Answers[0].Results)
        {
            foreach (var domain in profile.Domains)
            {
                distinctDomainAnswers.Add(domain);
                foreach (var tier in domain.Tiers)
                {
                    distinctTierAnswers.Add(tier);
                }
            }
        }

        Console.WriteLine($"First request: {distinctDomainAnswers.Count:N0} distinct domain answers, {distinctTierAnswers.Count:N0} distinct tier answers " +
            $"for {workload.Answers[0].Results.Count * workload.Answers[0].Domains.Count:N0} domain answers.");

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
        Measure("plugins' Assess + compact answers", () =>
        {
            foreach (var batch in profiles)
            {
                var leased = plugins.Catalog.ActiveIds.Select(id =>
                {
                    plugins.Catalog.TryAcquire(id, out var lease);
                    return new LeasedDomain(lease!);
                }).ToList();
                var answers = leased.ConvertAll(d => new CompactAnswers(d));
                foreach (var profile in batch)
                {
                    for (var d = 0; d < leased.Count; d++)
                    {
                        answers[d].For(leased[d].Assess(profile, ProfileGenerator.ReferenceDate));
                    }
                }

                leased.ForEach(d => d.Dispose());
            }
        });
        {
            var leased = plugins.Catalog.ActiveIds.Select(id =>
            {
                plugins.Catalog.TryAcquire(id, out var lease);
                return new LeasedDomain(lease!);
            }).ToList();
            var assessed = profiles.Select(batch => batch.Select(profile => leased.Select(d => d.Assess(profile, ProfileGenerator.ReferenceDate)).ToArray()).ToArray()).ToArray();
            // The same 1,000 profiles' assessments 100 times: hot in the caches, so this is the host's own work.
            var hot = assessed[0].Take(1_000).ToArray();
            Measure("compact answers only (hot)", () =>
            {
                for (var round = 0; round < 100; round++)
                {
                    var answers = leased.ConvertAll(d => new CompactAnswers(d));
                    foreach (var profile in hot)
                    {
                        for (var d = 0; d < leased.Count; d++)
                        {
                            answers[d].For(profile[d]);
                        }
                    }
                }
            });
            Measure("plugins' Assess only (hot)", () =>
            {
                for (var round = 0; round < 100; round++)
                {
                    for (var p = 0; p < 1_000; p++)
                    {
                        for (var d = 0; d < leased.Count; d++)
                        {
                            leased[d].Assess(profiles[0][p], ProfileGenerator.ReferenceDate);
                        }
                    }
                }
            });
            Measure("verdicts only (VerdictDerivation.Derive)", () =>
            {
                foreach (var batch in assessed)
                {
                    foreach (var profile in batch)
                    {
                        for (var d = 0; d < leased.Count; d++)
                        {
                            for (var t = 0; t < leased[d].Tiers.Count; t++)
                            {
                                VerdictDerivation.Derive(leased[d].Tiers[t].Conditions, profile[d][t].Outcomes);
                            }
                        }
                    }
                }
            });
        }

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

    /// <summary>
    /// The two benchmark operations alternated <paramref name="pairs"/> times, each pair timed back to
    /// back: on a shared machine whose load changes by the minute, the median of the per-pair ratios is
    /// steadier than a ratio of two means taken minutes apart, and the ratio of process CPU time
    /// (which other tenants' load barely moves) steadier still.
    /// </summary>
    public static void Ratio(int pairs)
    {
        using var plugins = RealPlugins.Load();
        using var endpoint = new ScreeningEndpoint(plugins);
        var workload = Workload.Create(endpoint);
        workload.Verify(endpoint);
        var ratios = new List<double>();
        var cpuRatios = new List<double>();
        var process = Process.GetCurrentProcess();
        for (var i = 0; i <= pairs; i++)
        {
            GC.Collect();
            var (baseline, baselineCpu) = Time(process, () =>
            {
                for (var b = 0; b < Workload.Batches; b++)
                {
                    endpoint.RoundTripAsync(workload.Requests[b], workload.Answers[b]).GetAwaiter().GetResult();
                }
            });
            GC.Collect();
            var (screen, screenCpu) = Time(process, () =>
            {
                for (var b = 0; b < Workload.Batches; b++)
                {
                    endpoint.ScreenAsync(workload.Requests[b]).GetAwaiter().GetResult();
                }
            });
            if (i > 0)
            {
                // The first pair warms up.
                ratios.Add(screen / baseline);
                cpuRatios.Add(screenCpu / baselineCpu);
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
                    "pair {0}: round trip {1,7:F0} ms ({2,5:F0} ms CPU), screen {3,7:F0} ms ({4,5:F0} ms CPU), ratio {5:F2} (CPU {6:F2})",
                    i, baseline, baselineCpu, screen, screenCpu, screen / baseline, screenCpu / baselineCpu));
            }
        }

        ratios.Sort();
        cpuRatios.Sort();
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "median ratio over {0} interleaved pairs: {1:F2} wall clock, {2:F2} CPU time",
            ratios.Count, ratios[ratios.Count / 2], cpuRatios[cpuRatios.Count / 2]));
    }

    /// <summary>Wall-clock and process CPU milliseconds of <paramref name="action"/>.</summary>
    private static (double Wall, double Cpu) Time(Process process, Action action)
    {
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        action();
        var wall = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        process.Refresh();
        return (wall, (process.TotalProcessorTime - cpu).TotalMilliseconds);
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
