namespace Kunpeng.Plugins.Tests;

/// <summary>
/// Assesses a profile with any domain's criteria at one reference date and picks out what a test
/// looks at: one condition's outcome or definition, one tier's outcomes or declared conditions.
/// </summary>
internal static class Assessing
{
    /// <summary>A reference date in 2015, the first cycle (culture's 31 October deadline): "近五年" is 2011–2015.</summary>
    public static readonly DateOnly Reference = new(2015, 10, 31);

    /// <summary>Born on the reference date <paramref name="years"/> years ago: exactly that age on it.</summary>
    public static DateOnly Aged(int years) => Reference.AddYears(-years);

    /// <summary>One day short of turning <paramref name="years"/> + 1: the last day still aged <paramref name="years"/>.</summary>
    public static DateOnly LastDayAged(int years) => Reference.AddYears(-(years + 1)).AddDays(1);

    /// <summary>The outcome of one top-level condition, e.g. <c>division.tenure</c>.</summary>
    public static ConditionOutcome Outcome(this IDomainCriteria criteria, string conditionId, CandidateProfile profile) =>
        criteria.Assess(profile, Reference).SelectMany(t => t.Outcomes).Single(o => o.ConditionId == conditionId);

    public static ConditionStatus Status(this IDomainCriteria criteria, string conditionId, CandidateProfile profile) =>
        criteria.Outcome(conditionId, profile).Status;

    /// <summary>The outcomes of one tier, in the order the tier declares its conditions.</summary>
    public static IReadOnlyList<ConditionOutcome> Tier(this IDomainCriteria criteria, string tierId, CandidateProfile profile) =>
        criteria.Assess(profile, Reference).Single(t => t.TierId == tierId).Outcomes;

    /// <summary>The outcomes of one tier, keyed by condition id.</summary>
    public static IReadOnlyDictionary<string, ConditionOutcome> TierOutcomes(this IDomainCriteria criteria, string tierId, CandidateProfile profile) =>
        criteria.Tier(tierId, profile).ToDictionary(o => o.ConditionId);

    /// <summary>A top-level condition's definition.</summary>
    public static ConditionDefinition Definition(this IDomainCriteria criteria, string conditionId) =>
        criteria.Tiers.SelectMany(t => t.Conditions).Single(c => c.Id == conditionId);

    /// <summary>Every top-level condition of a tier, in order.</summary>
    public static IReadOnlyList<ConditionDefinition> Conditions(this IDomainCriteria criteria, string tierId) =>
        criteria.Tiers.Single(t => t.TierId == tierId).Conditions;

    /// <summary>Every top-level condition of a tier, as (id, clause, kind), in order.</summary>
    public static IEnumerable<(string Id, string Clause, ConditionKind Kind)> Declared(this IDomainCriteria criteria, string tierId) =>
        criteria.Conditions(tierId).Select(c => (c.Id, c.Clause, c.Kind));

    /// <summary>Every condition of every tier, the alternatives of any-of groups included.</summary>
    public static IReadOnlyList<ConditionDefinition> AllConditions(this IDomainCriteria criteria) =>
        [.. criteria.Tiers.SelectMany(t => t.Conditions).SelectMany(c => (IEnumerable<ConditionDefinition>)[c, .. c.AnyOf])];

    /// <summary>
    /// Asserts that a preference only ranks: with it not met, it reports not met on a preference-kind
    /// condition, and every other outcome of the tier is the same as with it met (so nothing a
    /// rejection could rest on moves), and none of them is not met.
    /// </summary>
    public static void AssertPreferenceNeverRejects(
        IDomainCriteria criteria, string tierId, string preferenceId, CandidateProfile preferred, CandidateProfile notPreferred)
    {
        var with = criteria.TierOutcomes(tierId, preferred);
        var without = criteria.TierOutcomes(tierId, notPreferred);

        Assert.Equal(ConditionKind.Preference, criteria.Definition(preferenceId).Kind);
        Assert.Equal(ConditionStatus.Met, with[preferenceId].Status);
        Assert.Equal(ConditionStatus.NotMet, without[preferenceId].Status);
        Assert.Equal(
            with.Values.Where(o => o.ConditionId != preferenceId).Select(o => (o.ConditionId, o.Status, o.Found)),
            without.Values.Where(o => o.ConditionId != preferenceId).Select(o => (o.ConditionId, o.Status, o.Found)));
        Assert.DoesNotContain(without.Values, o => o.ConditionId != preferenceId && o.Status == ConditionStatus.NotMet);
    }
}
