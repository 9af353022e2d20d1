using Kunpeng.Abstractions;
using Kunpeng.PluginKit;

namespace Kunpeng.Plugins.ProfessionalTechnical;

/// <summary>
/// 专业技术领域 三、选拔条件, clause by clause. Each condition quotes the words it covers; a clause
/// whose parts differ in kind is split into conditions sharing its clause number.
/// </summary>
public sealed class ProfessionalTechnicalCriteria : IDomainCriteria
{
    // 三.2.(3) "一般年龄不超过35岁，有较好的培养前景和培养空间": the text does not say whether 一般
    // governs the whole clause. Decision (the project's, for every domain): only the condition it
    // directly precedes (the age) is general; the rest is judged by the panel. To revise, change the
    // kind of the conditions carrying this note and the note itself.
    private const string GeneralQualifiesAgeOnly =
        "本款的“一般”只修饰紧随其后的年龄条件：年龄为一般性条件（未满足须评审小组记录理由），培养前景和培养空间由评审小组评议。";

    private static readonly CriteriaSet Criteria = CriteriaSet.For("professional-technical")
        .Tier("top", "拔尖人才人选，需具备以下条件：", top => top
            .Hard("education-or-title", "三.1.(1)", "具有硕士研究生及以上学历或副高级及以上专业技术职务",
                Check.Either(Check.EducationAtLeast(EducationLevel.Master), Check.TitleAtLeast(ProfessionalTitle.AssociateSenior)),
                interpretation: "学历或职务满足其一即可；“硕士研究生及以上”含博士研究生，“副高级及以上”含正高级。")
            .Qualitative("expertise", "三.1.(2)",
                "具有扎实系统的专业理论基础，专业工作经验丰富，能够解决科研或生产中重大的、关键性的技术问题，在同行中具有一定的知名度")
            .Hard("major-project", "三.1.(3)",
                "作为工业重大项目、服务业重大项目、区县重大项目、自主创新产业化重大项目、重大市政交通项目的主要参与者",
                Check.IsTrue(CommonFacts.MajorProjectParticipant),
                interpretation: "以是否为所列五类重大项目之一的主要参与者核验（majorProjectParticipant）；" +
                    "完成的开发、改进、改造及其贡献另列为定性条件。")
            .Qualitative("contribution", "三.1.(3)", "完成产品开发、工艺改进、技术改造，为提升科技创新能力做出较大贡献")
            .Qualitative("research-results", "三.1.(4)",
                "主持的科研成果具有较高的实用价值，在成果转化或推进社会发展方面取得比较明显的经济社会效益"))
        .Tier("backbone", "骨干人才人选，需具备下列条件：", backbone => backbone
            .Hard("education-or-title", "三.2.(1)", "具有本科及以上学历或中级及以上专业技术职务",
                Check.Either(Check.EducationAtLeast(EducationLevel.Bachelor), Check.TitleAtLeast(ProfessionalTitle.Intermediate)),
                interpretation: "学历或职务满足其一即可；“本科及以上”含研究生，“中级及以上”含副高级、正高级。")
            .Hard("frontline", "三.2.(2)", "在科研生产第一线直接从事专业技术工作",
                Check.IsTrue(CommonFacts.FrontlineWork))
            .Qualitative("performance", "三.2.(2)", "业绩突出")
            .General("age", "三.2.(3)", "一般年龄不超过35岁",
                Check.AgeAtMost(35), interpretation: GeneralQualifiesAgeOnly)
            .Qualitative("prospects", "三.2.(3)", "有较好的培养前景和培养空间", interpretation: GeneralQualifiesAgeOnly))
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
