using Kunpeng.Abstractions;
using Kunpeng.Host.Eligibility.Models;

namespace Kunpeng.Host.Eligibility;

/// <summary>
/// Copies a plugin's tier assessment into host-owned response records: strings are taken over as
/// they are (immutable, so they pin nothing), but no plugin object is ever serialized.
/// </summary>
internal static class EligibilityViews
{
    private static readonly ConditionResult[] NoConditions = [];

    /// <summary>The full explanation of one tier, as the single-profile endpoint gives it.</summary>
    public static TierResult Tier(TierCriteria tier, string? tierNameZh, TierAssessment assessment, TierVerdict verdict) =>
        new(tier.TierId, tierNameZh, verdict.Verdict, verdict.MissingFacts, Conditions(tier, assessment));

    /// <summary>One tier of a screening answer; the conditions only when <paramref name="detail"/> is full.</summary>
    public static ScreenedTier Screened(TierCriteria tier, string? tierNameZh, TierAssessment assessment, TierVerdict verdict, ScreeningDetail detail) =>
        detail == ScreeningDetail.Full
            ? new ScreenedTier(tier.TierId, verdict.Verdict, verdict.NotMet, verdict.Undecided, verdict.MissingFacts, tierNameZh, Conditions(tier, assessment))
            : new ScreenedTier(tier.TierId, verdict.Verdict, NullIfEmpty(verdict.NotMet), NullIfEmpty(verdict.Undecided), NullIfEmpty(verdict.MissingFacts));

    /// <summary>Each condition's outcome beside its definition, in definition order.</summary>
    public static IReadOnlyList<ConditionResult> Conditions(TierCriteria tier, TierAssessment assessment)
    {
        var results = new ConditionResult[tier.Conditions.Count];
        for (var i = 0; i < results.Length; i++)
        {
            var definition = tier.Conditions[i];
            results[i] = Condition(definition, OutcomeMatching.For(assessment.Outcomes, definition, i));
        }

        return results;
    }

    private static ConditionResult Condition(ConditionDefinition definition, ConditionOutcome outcome) => new(
        definition.Id,
        definition.Clause,
        definition.TextZh,
        definition.Kind,
        outcome.Status,
        outcome.Found,
        outcome.Required,
        outcome.MissingFacts.ToArray(),
        Alternatives(definition, outcome));

    /// <summary>
    /// Each alternative of an any-of group the plugin reported, in definition order, then any it
    /// reported without defining (shown without clause and kind): the officer sees everything the
    /// plugin said, and nothing the host made up for it.
    /// </summary>
    private static IReadOnlyList<ConditionResult> Alternatives(ConditionDefinition definition, ConditionOutcome outcome)
    {
        if (outcome.Alternatives.Count == 0)
        {
            return NoConditions;
        }

        var results = new List<ConditionResult>(outcome.Alternatives.Count);
        for (var i = 0; i < definition.AnyOf.Count; i++)
        {
            var alternative = definition.AnyOf[i];
            if (OutcomeMatching.Alternative(outcome.Alternatives, alternative, i) is { } found)
            {
                results.Add(Condition(alternative, found));
            }
        }

        foreach (var extra in outcome.Alternatives)
        {
            if (!definition.AnyOf.Any(a => a.Id == extra.ConditionId))
            {
                results.Add(new ConditionResult(extra.ConditionId, null, null, null, extra.Status, extra.Found, extra.Required,
                    extra.MissingFacts.ToArray(), Nested(extra)));
            }
        }

        return results;
    }

    private static IReadOnlyList<ConditionResult> Nested(ConditionOutcome outcome) =>
        outcome.Alternatives.Count == 0
            ? NoConditions
            : outcome.Alternatives.Select(a => new ConditionResult(a.ConditionId, null, null, null, a.Status, a.Found, a.Required,
                a.MissingFacts.ToArray(), Nested(a))).ToArray();

    private static IReadOnlyList<string>? NullIfEmpty(IReadOnlyList<string> values) => values.Count == 0 ? null : values;
}
