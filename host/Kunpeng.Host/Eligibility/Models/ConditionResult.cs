using Kunpeng.Abstractions;

namespace Kunpeng.Host.Eligibility.Models;

/// <summary>What checking one condition found, beside what the clause says.</summary>
/// <param name="Id">Condition id, e.g. top.teaching-years.</param>
/// <param name="Clause">Clause number in the rules, e.g. 三.1.(2).</param>
/// <param name="TextZh">The clause's Chinese text.</param>
/// <param name="Kind">hard, general (一般), qualitative or preference; null only for an outcome the plugin reported without a definition.</param>
/// <param name="Status">met, not-met, undecided (facts missing) or awaits-panel.</param>
/// <param name="Found">The value found, e.g. "12 年"; null when missing or qualitative.</param>
/// <param name="Required">The value required, e.g. "≥ 10 年".</param>
/// <param name="MissingFacts">Facts whose absence left it undecided.</param>
/// <param name="Alternatives">For an any-of group, each alternative's outcome; otherwise empty.</param>
public sealed record ConditionResult(
    string Id,
    string? Clause,
    string? TextZh,
    ConditionKind? Kind,
    ConditionStatus Status,
    string? Found,
    string? Required,
    IReadOnlyList<string> MissingFacts,
    IReadOnlyList<ConditionResult> Alternatives);
