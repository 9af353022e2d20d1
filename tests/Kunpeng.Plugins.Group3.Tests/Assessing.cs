namespace Kunpeng.Plugins.Group3.Tests;

/// <summary>Assesses a profile with one domain's criteria and picks out one condition's outcome.</summary>
/// <typeparam name="TCriteria">The domain's criteria class.</typeparam>
internal static class Assessing<TCriteria> where TCriteria : IDomainCriteria, new()
{
    /// <summary>A reference date in 2015, the first cycle: "近五年" is 2011–2015.</summary>
    public static readonly DateOnly Reference = new(2015, 10, 31);

    public static readonly TCriteria Criteria = new();

    public static ConditionOutcome Outcome(string conditionId, CandidateProfile profile) =>
        Criteria.Assess(profile, Reference).SelectMany(t => t.Outcomes).Single(o => o.ConditionId == conditionId);

    public static ConditionStatus Status(string conditionId, CandidateProfile profile) => Outcome(conditionId, profile).Status;

    /// <summary>Born on the reference date <paramref name="years"/> years ago: exactly that age on it.</summary>
    public static DateOnly Aged(int years) => Reference.AddYears(-years);

    /// <summary>One day short of turning <paramref name="years"/> + 1: the last day still aged <paramref name="years"/>.</summary>
    public static DateOnly LastDayAged(int years) => Reference.AddYears(-(years + 1)).AddDays(1);

    public static ConditionDefinition Definition(string conditionId) =>
        Criteria.Tiers.SelectMany(t => t.Conditions).Single(c => c.Id == conditionId);
}
