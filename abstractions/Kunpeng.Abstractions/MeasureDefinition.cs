namespace Kunpeng.Abstractions;

/// <summary>One measure of a domain's catalogue.</summary>
/// <param name="Id">Stable id within the domain, e.g. <c>continuing-education</c>.</param>
/// <param name="Clause">Clause number in the rules, e.g. 五.2.</param>
/// <param name="TitleZh">Short Chinese title, e.g. 继续教育.</param>
/// <param name="TextZh">The measure's text from the rules.</param>
/// <param name="Category">What kind of measure it is.</param>
/// <param name="FormsZh">The forms it can take, in the rules' words (e.g. 典型病例研讨, 学术交流).</param>
/// <param name="Targets">Measurable yearly targets the rules give; empty when none.</param>
public sealed record MeasureDefinition(
    string Id,
    string Clause,
    string TitleZh,
    string TextZh,
    MeasureCategory Category,
    IReadOnlyList<string> FormsZh,
    IReadOnlyList<MeasureTarget> Targets);
