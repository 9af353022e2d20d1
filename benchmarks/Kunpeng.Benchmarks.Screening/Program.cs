using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace Kunpeng.Benchmarks.Screening;

/// <summary>
/// dotnet run -c Release --project benchmarks/Kunpeng.Benchmarks.Screening [-- BenchmarkDotNet arguments]
/// dotnet run -c Release --project benchmarks/Kunpeng.Benchmarks.Screening -- --breakdown   (a Stopwatch breakdown, no BenchmarkDotNet)
/// dotnet run -c Release --project benchmarks/Kunpeng.Benchmarks.Screening -- --loop        (the endpoint 4 times, to trace)
/// dotnet run -c Release --project benchmarks/Kunpeng.Benchmarks.Screening -- --digest      (SHA-256 of all compact and full responses)
/// dotnet run -c Release --project benchmarks/Kunpeng.Benchmarks.Screening -- --ratio       (both operations interleaved, median ratio)
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Contains("--ratio"))
        {
            Breakdown.Ratio(pairs: 9);
            return 0;
        }

        if (args.Contains("--digest"))
        {
            Breakdown.Digest();
            return 0;
        }

        if (args.Contains("--loop"))
        {
            Breakdown.Loop(rounds: 4);
            return 0;
        }

        if (args.Contains("--breakdown"))
        {
            Breakdown.Run();
            return 0;
        }

        var plugins = RealPlugins.Locate();
        using (var loaded = RealPlugins.Load())
        using (var endpoint = new ScreeningEndpoint(loaded))
        {
            Console.WriteLine(Workload.Create(endpoint).Describe(endpoint));
        }

        // Short on purpose: the machine is shared and noisy, so the figure to read is the ratio.
        var job = Job.Default
            .WithId("Short")
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(8)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithEnvironmentVariable(RealPlugins.DirectoryVariable, plugins);
        var config = DefaultConfig.Instance
            .AddJob(job)
            .AddColumn(new ProfilesPerSecondColumn(), new BytesPerProfileColumn());
        var summary = BenchmarkRunner.Run<ScreeningBenchmarks>(config, args);

        var baseline = summary.BenchmarksCases.FirstOrDefault(b => b.Descriptor.Baseline);
        var screen = summary.BenchmarksCases.FirstOrDefault(b => !b.Descriptor.Baseline);
        if (baseline is null || screen is null || summary[baseline]?.ResultStatistics is not { } baseStats || summary[screen]?.ResultStatistics is not { } screenStats)
        {
            Console.Error.WriteLine("The benchmarks did not both produce results.");
            return 1;
        }

        var ratio = screenStats.Mean / baseStats.Mean;
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine();
        Console.WriteLine($"Per profile ({Workload.Profiles:N0} profiles per operation, all ten domains):");
        foreach (var (name, benchmark, stats) in new[] { ("JSON round trip only", baseline, baseStats), ("Screen (API path)", screen, screenStats) })
        {
            Console.WriteLine(string.Format(c, "  {0,-22} mean {1,8:F1} ms  {2,12:N0} profiles/s  {3,8:N0} B/profile",
                name, stats.Mean / 1e6, PerProfile.ProfilesPerSecond(summary, benchmark), PerProfile.BytesPerProfile(summary, benchmark)));
        }

        Console.WriteLine(string.Format(c, "  ratio screen / round trip: {0:F2} (target <= 2.00: {1})", ratio, ratio <= 2.0 ? "met" : "NOT met"));
        Console.WriteLine($"  {Environment.ProcessorCount} cores, {RuntimeInformationText()}, {DateTime.Now:yyyy-MM-dd}");
        return 0;
    }

    private static string RuntimeInformationText() =>
        $"{System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription} on {System.Runtime.InteropServices.RuntimeInformation.OSDescription}";
}
