using Kunpeng.Abstractions;

namespace Kunpeng.Host.Api.Models;

/// <summary>One measure.</summary>
/// <param name="Id">Stable id within the domain, e.g. continuing-education.</param>
/// <param name="Clause">Clause number, e.g. 五.2.</param>
/// <param name="TitleZh">Short Chinese title.</param>
/// <param name="TextZh">The measure's text from the rules.</param>
/// <param name="Category">training, study-tour, practice, platform, evaluation-incentive, further-education, exchange, publicity or other.</param>
/// <param name="FormsZh">The forms it can take, in the rules' words.</param>
/// <param name="Targets">Measurable yearly targets; empty when the rules give none.</param>
public sealed record MeasureView(
    string Id,
    string Clause,
    string TitleZh,
    string TextZh,
    MeasureCategory Category,
    IReadOnlyList<string> FormsZh,
    IReadOnlyList<MeasureTargetView> Targets);
