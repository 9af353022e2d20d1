using BenchmarkDotNet.Attributes;

namespace Kunpeng.Benchmarks.Screening;

/// <summary>
/// One operation = 10 screening requests of 10,000 profiles each (100,000 profiles) against all ten
/// domains, through the endpoint's handler; the baseline reads the same bodies and writes the same
/// answers, computed beforehand, so the ratio is what validating and screening add to the JSON.
/// </summary>
[MemoryDiagnoser]
public class ScreeningBenchmarks
{
    private RealPlugins _plugins = null!;
    private ScreeningEndpoint _endpoint = null!;
    private Workload _workload = null!;

    [GlobalSetup]
    public void Setup()
    {
        _plugins = RealPlugins.Load();
        _endpoint = new ScreeningEndpoint(_plugins);
        _workload = Workload.Create(_endpoint);
        _workload.Verify(_endpoint);
    }

    /// <summary>Deserialize each request body as the endpoint does, serialize its precomputed answer as the endpoint does.</summary>
    [Benchmark(Baseline = true, Description = "JSON round trip only")]
    public async Task<long> JsonRoundTrip()
    {
        long written = 0;
        for (var b = 0; b < Workload.Batches; b++)
        {
            written += (await _endpoint.RoundTripAsync(_workload.Requests[b], _workload.Answers[b])).Length;
        }

        return written;
    }

    /// <summary>The endpoint: deserialize, validate, screen against every domain, serialize.</summary>
    [Benchmark(Description = "Screen (API path)")]
    public async Task<long> Screen()
    {
        long written = 0;
        for (var b = 0; b < Workload.Batches; b++)
        {
            written += (await _endpoint.ScreenAsync(_workload.Requests[b])).Length;
        }

        return written;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _endpoint.Dispose();
        _plugins.Dispose();
    }
}
