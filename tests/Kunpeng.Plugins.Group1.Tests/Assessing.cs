namespace Kunpeng.Plugins.Group1.Tests;

/// <summary>Assesses a profile with a domain's criteria and picks out one condition's outcome or definition.</summary>
internal static class Assessing
{
    /// <summary>A reference date in 2015, the first cycle.</summary>
    public static readonly DateOnly Reference = new(2015, 10, 31);

    /// <summary>The outcome of one top-level condition, e.g. <c>division.tenure</c>.</summary>
    public static ConditionOutcome Outcome(this IDomainCriteria criteria, string conditionId, CandidateProfile profile) =>
        criteria.Assess(profile, Reference).SelectMany(t => t.Outcomes).Single(o => o.ConditionId == conditionId);

    public static ConditionStatus Status(this IDomainCriteria criteria, string conditionId, CandidateProfile profile) =>
        criteria.Outcome(conditionId, profile).Status;

    /// <summary>The outcomes of one tier, keyed by condition id.</summary>
    public static IReadOnlyDictionary<string, ConditionOutcome> TierOutcomes(this IDomainCriteria criteria, string tierId, CandidateProfile profile) =>
        criteria.Assess(profile, Reference).Single(t => t.TierId == tierId).Outcomes.ToDictionary(o => o.ConditionId);

    /// <summary>A top-level condition's definition.</summary>
    public static ConditionDefinition Definition(this IDomainCriteria criteria, string conditionId) =>
        criteria.Tiers.SelectMany(t => t.Conditions).Single(c => c.Id == conditionId);

    /// <summary>Every top-level condition of a tier, as (id, clause, kind), in order.</summary>
    public static IEnumerable<(string Id, string Clause, ConditionKind Kind)> Declared(this IDomainCriteria criteria, string tierId) =>
        criteria.Tiers.Single(t => t.TierId == tierId).Conditions.Select(c => (c.Id, c.Clause, c.Kind));

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
