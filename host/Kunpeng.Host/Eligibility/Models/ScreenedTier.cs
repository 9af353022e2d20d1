using System.Text.Json.Serialization;

namespace Kunpeng.Host.Eligibility.Models;

/// <summary>One candidate's verdict for one tier. Empty lists are left out of the compact answer, which a large batch repeats many times.</summary>
/// <param name="Tier">Tier id.</param>
/// <param name="Verdict">ineligible, incomplete, needs-exception, pending-review or eligible.</param>
/// <param name="NotMet">Ids of the hard and general conditions not met; left out when none.</param>
/// <param name="Undecided">Ids of the hard and general conditions left undecided by missing facts; left out when none.</param>
/// <param name="MissingFacts">Facts whose absence leaves them undecided; left out when none.</param>
/// <param name="TierNameZh">The tier's Chinese name; only with detail=full.</param>
/// <param name="Conditions">Every condition's outcome; only with detail=full.</param>
public sealed record ScreenedTier(
    string Tier,
    Verdict Verdict,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? NotMet,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Undecided,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? MissingFacts,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? TierNameZh = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ConditionResult>? Conditions = null);
