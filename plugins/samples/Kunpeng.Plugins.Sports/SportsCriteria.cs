using Kunpeng.Abstractions;
using Kunpeng.PluginKit;

namespace Kunpeng.Plugins.Sports;

/// <summary>A sample domain's criteria, including a fact the shared vocabulary does not have.</summary>
public sealed class SportsCriteria : IDomainCriteria
{
    // A domain added later needs facts of its own; declared here, the host validates and documents it.
    private static readonly Fact<decimal> CoachingYears = Fact.Additional<decimal>(
        new FactDefinition("coachingYears", FactType.Number, "Years as a coach (执教年限).", Minimum: 0m), "执教年限");

    private static readonly CriteriaSet Criteria = CriteriaSet.For("sports")
        .Tier("top", "拔尖人才人选，需具备下列条件：", top => top
            .Hard("coaching-years", "三.1.(1)", "执教10年以上", Check.AtLeast(CoachingYears, 10m, "年"))
            .Qualitative("achievement", "三.1.(2)", "培养过省级以上比赛获奖运动员，业内认可度高"))
        .Tier("backbone", "骨干人才人选，需具备下列条件：", backbone => backbone
            .General("age", "三.2.(1)", "一般年龄不超过40岁", Check.AgeAtMost(40))
            .Hard("education", "三.2.(1)", "具有本科及以上学历", Check.EducationAtLeast(EducationLevel.Bachelor)))
        .Build();

    public string DomainId => Criteria.DomainId;
    public IReadOnlyList<TierCriteria> Tiers => Criteria.Tiers;
    public IReadOnlyList<FactDefinition> Facts => Criteria.Facts;
    public IReadOnlyList<TierAssessment> Assess(CandidateProfile profile, DateOnly referenceDate) => Criteria.Assess(profile, referenceDate);
}
