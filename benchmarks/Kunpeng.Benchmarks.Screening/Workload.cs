using Kunpeng.Host.Eligibility;
using Kunpeng.Host.Eligibility.Models;

namespace Kunpeng.Benchmarks.Screening;

/// <summary>
/// What one benchmark operation screens: 100,000 generated profiles (fixed seed) as 10 request
/// bodies of 10,000, the most one screening call takes (<see cref="EligibilityOptions.MaxProfilesPerScreening"/>),
/// like a bureau uploading a spreadsheet in chunks; and, for the baseline, the screening answer to
/// each body, computed once.
/// </summary>
internal sealed class Workload
{
    public const int Seed = 20151031;
    public const int Batches = 10;
    public const int PerBatch = 10_000;
    public const int Profiles = Batches * PerBatch;

    private Workload(byte[][] requests, ScreeningResponse[] answers)
    {
        Requests = requests;
        Answers = answers;
    }

    /// <summary>The request bodies, UTF-8 JSON.</summary>
    public byte[][] Requests { get; }

    /// <summary>The screening answer to each body (compact detail, every active domain).</summary>
    public ScreeningResponse[] Answers { get; }

    public static Workload Create(ScreeningEndpoint endpoint)
    {
        var requests = ProfileGenerator.Requests(Seed, Batches, PerBatch);
        var answers = requests.Select(endpoint.Answer).ToArray();
        return new Workload(requests, answers);
    }

    /// <summary>
    /// Checks that both operations do what they claim: every call answers 200, and writing the
    /// precomputed answer gives byte for byte the response the endpoint writes.
    /// </summary>
    public void Verify(ScreeningEndpoint endpoint)
    {
        for (var b = 0; b < Batches; b++)
        {
            var (status, _) = endpoint.ScreenAsync(Requests[b]).GetAwaiter().GetResult();
            var screened = endpoint.LastResponse.ToArray();
            var (baselineStatus, _) = endpoint.RoundTripAsync(Requests[b], Answers[b]).GetAwaiter().GetResult();
            if (status != 200 || baselineStatus != 200 || !screened.AsSpan().SequenceEqual(endpoint.LastResponse))
            {
                throw new InvalidOperationException(
                    $"Batch {b}: the endpoint answered {status}, the baseline {baselineStatus}; responses equal: {screened.AsSpan().SequenceEqual(endpoint.LastResponse)}.");
            }
        }
    }

    /// <summary>Sizes and how the verdicts fall, per domain: the spread the figures were measured on.</summary>
    public string Describe(ScreeningEndpoint endpoint)
    {
        var requestBytes = Requests.Sum(r => (long)r.Length);
        long responseBytes = 0;
        foreach (var request in Requests)
        {
            responseBytes += endpoint.ScreenAsync(request).GetAwaiter().GetResult().Length;
        }

        var verdicts = Enum.GetValues<Verdict>();
        var byDomain = new SortedDictionary<string, long[]>(StringComparer.Ordinal);
        var total = new long[verdicts.Length];
        foreach (var answer in Answers)
        {
            foreach (var profile in answer.Results)
            {
                foreach (var domain in profile.Domains)
                {
                    if (!byDomain.TryGetValue(domain.DomainId, out var counts))
                    {
                        byDomain[domain.DomainId] = counts = new long[verdicts.Length];
                    }

                    foreach (var tier in domain.Tiers)
                    {
                        counts[(int)tier.Verdict]++;
                        total[(int)tier.Verdict]++;
                    }
                }
            }
        }

        var lines = new List<string>
        {
            $"Workload: {Profiles:N0} profiles (seed {Seed}) in {Batches} requests of {PerBatch:N0}, against {Answers[0].Domains.Count} domains; " +
            $"request bodies {requestBytes / 1e6:F1} MB ({requestBytes / Profiles} B/profile), responses {responseBytes / 1e6:F1} MB ({responseBytes / Profiles} B/profile).",
            $"Tier verdicts ({total.Sum():N0}): " + string.Join(", ", verdicts.Select(v => $"{Name(v)} {total[(int)v]:N0}")),
        };
        lines.AddRange(byDomain.Select(d => $"  {d.Key,-24} " + string.Join(", ", verdicts.Select(v => $"{Name(v)} {d.Value[(int)v]:N0}"))));
        return string.Join(Environment.NewLine, lines);
    }

    private static string Name(Verdict verdict) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(verdict.ToString());
}
