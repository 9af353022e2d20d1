namespace Kunpeng.Host.Eligibility;

/// <summary>A tier's verdict and the conditions that decided it (a struct: one is made per tier per profile).</summary>
/// <param name="Verdict">The verdict.</param>
/// <param name="NotMet">Ids of hard and general conditions not met, in definition order.</param>
/// <param name="Undecided">Ids of hard and general conditions left undecided by missing facts.</param>
/// <param name="MissingFacts">The facts whose absence leaves those conditions undecided, each once.</param>
public readonly record struct TierVerdict(
    Verdict Verdict,
    IReadOnlyList<string> NotMet,
    IReadOnlyList<string> Undecided,
    IReadOnlyList<string> MissingFacts);
