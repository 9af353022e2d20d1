namespace Kunpeng.Host.Eligibility.Models;

/// <summary>One tier's verdict and the outcome of each of its conditions.</summary>
/// <param name="Tier">Tier id: top / backbone (party-government: division / section).</param>
/// <param name="TierNameZh">The tier's Chinese name, e.g. 拔尖人才.</param>
/// <param name="Verdict">ineligible, incomplete, needs-exception, pending-review or eligible.</param>
/// <param name="MissingFacts">Facts whose absence leaves a hard or general condition undecided; give them to decide.</param>
/// <param name="Conditions">Every top-level condition of the tier, in the order of the rules.</param>
public sealed record TierResult(
    string Tier,
    string? TierNameZh,
    Verdict Verdict,
    IReadOnlyList<string> MissingFacts,
    IReadOnlyList<ConditionResult> Conditions);
