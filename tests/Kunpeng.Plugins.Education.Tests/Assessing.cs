namespace Kunpeng.Plugins.Education.Tests;

/// <summary>Assesses a profile with the education criteria and picks out one condition's outcome.</summary>
internal static class Assessing
{
    /// <summary>A reference date in 2015, the first cycle: "近五年" is 2011–2015.</summary>
    public static readonly DateOnly Reference = new(2015, 10, 31);

    public static readonly EducationCriteria Criteria = new();

    public static ConditionOutcome Outcome(string conditionId, CandidateProfile profile) =>
        Criteria.Assess(profile, Reference).SelectMany(t => t.Outcomes).Single(o => o.ConditionId == conditionId);

    public static ConditionStatus Status(string conditionId, CandidateProfile profile) => Outcome(conditionId, profile).Status;
}
