namespace Kunpeng.Host.Api.Models;

/// <summary>A countable yearly target of a measure.</summary>
/// <param name="Id">Stable id within the measure.</param>
/// <param name="DescriptionZh">The target in the rules' words.</param>
/// <param name="MinimumPerYear">Activities a year needed to meet it.</param>
/// <param name="ScopeZh">Where it applies (e.g. 区医院), or null for the whole domain.</param>
public sealed record MeasureTargetView(string Id, string DescriptionZh, int MinimumPerYear, string? ScopeZh);
