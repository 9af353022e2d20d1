namespace Kunpeng.Abstractions;

/// <summary>The outcome of every top-level condition of one tier for one profile.</summary>
/// <param name="TierId">The tier assessed.</param>
/// <param name="Outcomes">One per top-level condition of the tier, in definition order.</param>
public sealed record TierAssessment(string TierId, IReadOnlyList<ConditionOutcome> Outcomes);
