using Kunpeng.Abstractions;
using Kunpeng.PluginKit;

namespace Kunpeng.Plugins.Education;

/// <summary>
/// 教育领域 三、选拔条件, clause by clause. Each condition quotes the words it covers; a clause whose
/// parts differ in kind is split into conditions sharing its clause number.
/// </summary>
public sealed class EducationCriteria : IDomainCriteria
{
    // 三.2.(1) "一般年龄不超过40周岁，教龄在5年及以上，具有本科及以上学历，中级及以上专业技术职务": the text
    // does not say whether 一般 governs the whole clause or only the age. Decision: only the condition
    // it directly precedes (the age) is general; the rest of the clause is hard. To revise, change
    // the kind of the three conditions carrying this note and the note itself.
    private const string GeneralQualifiesAgeOnly =
        "本款的“一般”只修饰紧随其后的年龄条件：年龄为一般性条件（未满足须评审小组记录理由），教龄、学历、职称为硬性条件。";

    private const string WithinLastFiveYears =
        "“近五年”为参考日期所在年份及其前四个自然年（如参考日期在2015年，即2011–2015年），晚于参考年份的记录不计。";

    private const string PromotionValueForPanel =
        "“在本学科具有推广价值”由评审小组评议，不单列条件；此处核验篇数及获奖、交流、推广的级别（“其中”一篇须在所计篇数之内）。";

    private static readonly CriteriaSet Criteria = CriteriaSet.For("education")
        .Tier("top", "拔尖人才人选，需具备以下条件：", top => top
            .Hard("teaching-years", "三.1.(1)", "教龄在10年及以上",
                Check.AtLeast(CommonFacts.TeachingYears, 10m, "年"))
            .Hard("education", "三.1.(1)", "具有本科及以上学历",
                Check.EducationAtLeast(EducationLevel.Bachelor))
            .Hard("title", "三.1.(1)", "高级及以上专业技术职务",
                Check.TitleAtLeast(ProfessionalTitle.AssociateSenior),
                interpretation: "中小学“高级教师”属副高级职称，故“高级及以上”按副高级及以上核验（正高级教师亦满足）。")
            .Hard("principal-qualification", "三.1.(1)", "校（园）长应具有相应任职资格",
                Check.When(CommonFacts.IsPrincipal, Check.IsTrue(CommonFacts.HasPrincipalQualification), notApplicableZh: "非校（园）长"),
                interpretation: "只约束校（园）长：非校（园）长视为满足；是否为校（园）长未填报时待定。")
            .Qualitative("expertise", "三.1.(2)", "专业功底深厚，文化知识广博，在多年的教学实践中总结和积累了一定的行之有效的教学经验")
            .Hard("papers", "三.1.(2)",
                "近五年内独立撰写过2篇以上（含2篇）在本学科具有推广价值的教育教学论文、教学案例、教学设计等，其中一篇在市级及以上范围获奖、交流和推广，或有学术著作",
                Check.Either(
                    Check.InLastFiveYears(CommonFacts.Papers)
                        .AtLeast(2, "篇")
                        .OfWhich(1, "市级及以上", paper => paper.Recognition >= RecognitionLevel.Municipal),
                    Check.IsTrue(CommonFacts.HasMonograph)),
                interpretation: "“或有学术著作”替代整项论文要求（有学术著作即满足本项），而非只替代“其中一篇在市级及以上范围获奖”；" +
                    "学术著作不限年份（所填事实不含年份）。" + WithinLastFiveYears + PromotionValueForPanel)
            .Qualitative("research-ability", "三.1.(3)", "能够结合教育教学实践开展教育科研，具备一定的教育教学研究意识和能力")
            // District is the lowest level a project records today; the 区级及以上 filter states the clause
            // and keeps holding if a lower level (校级) is ever recorded.
            .Hard("research-project", "三.1.(3)", "近五年内作为主要承担者（前3名）完成或正在进行一项区级及以上教育科研课题",
                Check.InLastFiveYears(CommonFacts.ResearchProjects)
                    .Where("前3名", project => project.Rank <= 3)
                    .Where("区级及以上", project => project.Level >= ProjectLevel.District)
                    .AtLeast(1, "项"),
                interpretation: "主要承担者（前3名）即承担者名单排名不超过3；已完成的课题以其年份在近五年内为准，" +
                    "正在进行的课题只要不晚于参考年份开始即计入。" + WithinLastFiveYears))
        .Tier("backbone", "骨干人才人选，需具备以下条件：", backbone => backbone
            .General("age", "三.2.(1)", "一般年龄不超过40周岁",
                Check.AgeAtMost(40), interpretation: GeneralQualifiesAgeOnly)
            .Hard("teaching-years", "三.2.(1)", "教龄在5年及以上",
                Check.AtLeast(CommonFacts.TeachingYears, 5m, "年"), interpretation: GeneralQualifiesAgeOnly)
            .Hard("education", "三.2.(1)", "具有本科及以上学历",
                Check.EducationAtLeast(EducationLevel.Bachelor), interpretation: GeneralQualifiesAgeOnly)
            .Hard("title", "三.2.(1)", "中级及以上专业技术职务",
                Check.TitleAtLeast(ProfessionalTitle.Intermediate),
                interpretation: GeneralQualifiesAgeOnly + "中小学“一级教师”属中级职称。")
            .Hard("papers", "三.2.(2)",
                "近五年内独立撰写过2篇以上（含2篇）在本学科具有推广价值的教育教学论文、教学案例、教学设计等，其中1篇在区级及以上范围获奖、交流和推广",
                Check.InLastFiveYears(CommonFacts.Papers)
                    .AtLeast(2, "篇")
                    .OfWhich(1, "区级及以上", paper => paper.Recognition >= RecognitionLevel.District),
                interpretation: WithinLastFiveYears + PromotionValueForPanel)
            .Hard("research-project", "三.2.(3)", "近五年内参与过1项区级及以上教育科研课题",
                Check.InLastFiveYears(CommonFacts.ResearchProjects)
                    .Where("区级及以上", project => project.Level >= ProjectLevel.District)
                    .AtLeast(1, "项"),
                interpretation: "“参与过”不限承担者排名，已完成或正在进行均可；正在进行的课题只要不晚于参考年份开始即计入。" + WithinLastFiveYears))
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
