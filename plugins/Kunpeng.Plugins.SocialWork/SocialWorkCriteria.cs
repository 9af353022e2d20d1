using Kunpeng.Abstractions;
using Kunpeng.PluginKit;

namespace Kunpeng.Plugins.SocialWork;

/// <summary>
/// 社会领域 三、选拔条件, clause by clause. Both tiers require all their clauses (需同时具备); clause (1)
/// of each is split into its general age part and its hard years-of-service part, clause (2) is for
/// the review panel.
/// </summary>
public sealed class SocialWorkCriteria : IDomainCriteria
{
    // 三.1.(1) "年龄一般在55周岁以下，直接从事社会工作服务10年以上" (三.2.(1) the same with 40 and 5): the
    // text does not say whether 一般 governs the whole clause or only the age. Decision: only the
    // condition it directly qualifies (the age) is general; the years of service are hard. To revise,
    // change the kind of the conditions carrying this note and the note itself.
    private const string GeneralQualifiesAgeOnly =
        "本款的“一般”只修饰年龄条件：年龄为一般性条件（未满足须评审小组记录理由），直接从事社会工作服务年限为硬性条件。";

    private const string DirectServiceYears =
        "按直接从事社会工作服务的年限（socialWorkYears）核验，含本数。";

    private static readonly CriteriaSet Criteria = CriteriaSet.For("social-work")
        .Tier("top", "拔尖人才人选，需同时具备下列条件：", top => top
            .General("age", "三.1.(1)", "年龄一般在55周岁以下",
                Check.AgeAtMost(55), interpretation: GeneralQualifiesAgeOnly + "“55周岁以下”含55周岁。")
            .Hard("service-years", "三.1.(1)", "直接从事社会工作服务10年以上",
                Check.AtLeast(CommonFacts.SocialWorkYears, 10m, "年"), interpretation: GeneralQualifiesAgeOnly + DirectServiceYears)
            .Qualitative("professional-excellence", "三.1.(2)",
                "具备牢固的社会工作专业价值理念、扎实的社会工作理论知识、丰富的社会工作实务经验和较强的社会工作研究能力，" +
                "能创造性地运用社会工作专业方法和技巧处理各类复杂专业问题，组织实施过有重要影响的社会工作服务项目或案例，" +
                "获得服务对象的广泛认可和好评，为社会工作事业发展作出突出贡献，在某一社会工作领域发挥着示范带动作用",
                interpretation: "“组织实施过有重要影响的社会工作服务项目或案例”未给出数量或级别，无共享事实可核验，与本款其余内容一并由评审小组评议。"))
        .Tier("backbone", "骨干人才人选，需同时具备下列条件：", backbone => backbone
            .General("age", "三.2.(1)", "年龄一般在40周岁以下",
                Check.AgeAtMost(40), interpretation: GeneralQualifiesAgeOnly + "“40周岁以下”含40周岁。")
            .Hard("service-years", "三.2.(1)", "直接从事社会工作服务5年以上",
                Check.AtLeast(CommonFacts.SocialWorkYears, 5m, "年"), interpretation: GeneralQualifiesAgeOnly + DirectServiceYears)
            .Qualitative("professional-competence", "三.2.(2)",
                "具备一定的社会工作专业价值理念和社会工作理论知识，从事具有一定技术含量的社会工作，获得服务对象的广泛认可和好评，" +
                "为社会工作事业发展作出突出贡献"))
        .Build();

    /// <inheritdoc />
    public string DomainId => Criteria.DomainId;

    /// <inheritdoc />
    public IReadOnlyList<TierCriteria> Tiers => Criteria.Tiers;

    /// <inheritdoc />
    public IReadOnlyList<FactDefinition> Facts => Criteria.Facts;

    /// <inheritdoc />
    public IReadOnlyList<TierAssessment> Assess(CandidateProfile profile, DateOnly referenceDate) =>
        Criteria.Assess(profile, referenceDate);
}
