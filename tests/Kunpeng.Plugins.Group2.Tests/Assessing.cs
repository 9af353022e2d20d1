using Kunpeng.Plugins.Culture;
using Kunpeng.Plugins.Health;
using Kunpeng.Plugins.HighSkill;

namespace Kunpeng.Plugins.Group2.Tests;

/// <summary>The three domains' criteria, assessed at one reference date, with one condition's outcome picked out.</summary>
internal static class Assessing
{
    /// <summary>A reference date in 2015, the first cycle (culture's 31 October deadline).</summary>
    public static readonly DateOnly Reference = new(2015, 10, 31);

    public static readonly Assessor HighSkillDomain = new(new HighSkillCriteria());

    public static readonly Assessor HealthDomain = new(new HealthCriteria());

    public static readonly Assessor CultureDomain = new(new CultureCriteria());

    /// <summary>Born so as to be exactly <paramref name="years"/> old on the reference date.</summary>
    public static DateOnly AgedOnReference(int years) => Reference.AddYears(-years);
}

/// <summary>One domain's criteria and the lookups the tests need.</summary>
internal sealed class Assessor(IDomainCriteria criteria)
{
    public IDomainCriteria Criteria { get; } = criteria;

    public ConditionOutcome Outcome(string conditionId, CandidateProfile profile) =>
        Criteria.Assess(profile, Assessing.Reference).SelectMany(t => t.Outcomes).Single(o => o.ConditionId == conditionId);

    public ConditionStatus Status(string conditionId, CandidateProfile profile) => Outcome(conditionId, profile).Status;

    public IReadOnlyList<ConditionOutcome> Tier(string tierId, CandidateProfile profile) =>
        Criteria.Assess(profile, Assessing.Reference).Single(t => t.TierId == tierId).Outcomes;

    public IReadOnlyList<ConditionDefinition> Conditions(string tierId) =>
        Criteria.Tiers.Single(t => t.TierId == tierId).Conditions;

    public ConditionDefinition Definition(string conditionId) =>
        Criteria.Tiers.SelectMany(t => t.Conditions).Single(c => c.Id == conditionId);
}
