using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Kunpeng.Benchmarks.Screening;

/// <summary>The summary's figures per profile: an operation screens <see cref="Workload.Profiles"/> profiles.</summary>
internal static class PerProfile
{
    public static double? ProfilesPerSecond(Summary summary, BenchmarkCase benchmark) =>
        summary[benchmark]?.ResultStatistics is { Mean: > 0 } statistics ? Workload.Profiles / (statistics.Mean / 1e9) : null;

    public static double? BytesPerProfile(Summary summary, BenchmarkCase benchmark) =>
        summary[benchmark]?.GcStats.GetBytesAllocatedPerOperation(benchmark) is { } bytes ? (double)bytes / Workload.Profiles : null;
}

/// <summary>profiles/s = 100,000 / mean.</summary>
internal sealed class ProfilesPerSecondColumn : IColumn
{
    public string Id => nameof(ProfilesPerSecondColumn);
    public string ColumnName => "Profiles/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => $"Profiles screened per second: {Workload.Profiles:N0} / Mean";
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        PerProfile.ProfilesPerSecond(summary, benchmarkCase)?.ToString("N0", style.CultureInfo) ?? "NA";
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
}

/// <summary>bytes/profile = allocated / 100,000.</summary>
internal sealed class BytesPerProfileColumn : IColumn
{
    public string Id => nameof(BytesPerProfileColumn);
    public string ColumnName => "Alloc/profile";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 1;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => $"Bytes allocated per profile: Allocated / {Workload.Profiles:N0}";
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        PerProfile.BytesPerProfile(summary, benchmarkCase) is { } bytes ? $"{bytes.ToString("N0", style.CultureInfo)} B" : "NA";
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
}
