namespace Kunpeng.Abstractions;

/// <summary>A countable yearly target of a measure, e.g. at least four activities a year per training base.</summary>
/// <param name="Id">Stable id within the measure, e.g. <c>activities-district-hospital</c>.</param>
/// <param name="DescriptionZh">The target in the rules' words.</param>
/// <param name="MinimumPerYear">Activities a year needed to meet it.</param>
/// <param name="ScopeZh">Where it applies (e.g. 区医院), or null for the whole domain.</param>
public sealed record MeasureTarget(string Id, string DescriptionZh, int MinimumPerYear, string? ScopeZh);
