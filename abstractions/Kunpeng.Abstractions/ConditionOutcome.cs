namespace Kunpeng.Abstractions;

/// <summary>What checking one condition found.</summary>
/// <param name="ConditionId">The <see cref="ConditionDefinition.Id"/> checked.</param>
/// <param name="Status">Met, not met, undecided (facts missing) or awaiting the panel.</param>
/// <param name="Found">The value found, human-readable (e.g. "12 年"), or null when missing or qualitative.</param>
/// <param name="Required">The value required, human-readable (e.g. "≥ 10 年").</param>
/// <param name="MissingFacts">Facts whose absence left the condition undecided.</param>
/// <param name="Alternatives">For any-of groups, each alternative's outcome; otherwise empty.</param>
public sealed record ConditionOutcome(
    string ConditionId,
    ConditionStatus Status,
    string? Found,
    string? Required,
    IReadOnlyList<string> MissingFacts,
    IReadOnlyList<ConditionOutcome> Alternatives);
