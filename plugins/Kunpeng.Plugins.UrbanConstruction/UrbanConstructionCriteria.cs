using Kunpeng.Abstractions;
using Kunpeng.PluginKit;

namespace Kunpeng.Plugins.UrbanConstruction;

/// <summary>
/// 城建领域 三、选拔条件, clause by clause. Each condition quotes the words it covers; a clause whose
/// parts differ in kind is split into conditions sharing its clause number, and the top tier's
/// lead-in requirements (扎实的专业知识…带动引领作用) are a condition of clause 三.1.
/// </summary>
public sealed class UrbanConstructionCriteria : IDomainCriteria
{
    // 三.1.(1) "年龄不超过55岁（女性不超过50岁），一般应具有本科以上学历": 一般 stands after the age and
    // before the education. Decision: it governs only the education it directly precedes; the age
    // limit, stated before it, is hard. To revise, change the kinds of the two conditions carrying
    // this note and the note itself.
    private const string GeneralQualifiesEducationOnly =
        "本款的“一般”只修饰紧随其后的学历条件：学历为一般性条件（未满足须评审小组记录理由），其前的年龄条件为硬性条件。";

    // 三.2.(1) "年龄一般在40岁以下，本科以上学历": the same question; decided the same way as every
    // domain: 一般 governs only the age it directly qualifies, the education is hard.
    private const string GeneralQualifiesAgeOnly =
        "本款的“一般”只修饰紧随其后的年龄条件：年龄为一般性条件（未满足须评审小组记录理由），学历为硬性条件。";

    private const string WithinLastFiveYears =
        "“近五年”为参考日期所在年份及其前四个自然年（如参考日期在2015年，即2011–2015年），晚于参考年份的记录不计。";

    private static readonly CriteriaSet Criteria = CriteriaSet.For("urban-construction")
        .Tier("top", "拔尖人才人选，需具备扎实的专业知识和较高的理论水平，在本专业内具有较强的影响力，能够起到带动引领作用，同时具备以下条件：", top => top
            .Qualitative("standing", "三.1", "具备扎实的专业知识和较高的理论水平，在本专业内具有较强的影响力，能够起到带动引领作用",
                interpretation: "拔尖人才引语中的要求（专业知识、理论水平、影响力、带动引领作用）由评审小组评议，作为本层级的一项条件。")
            .Hard("age", "三.1.(1)", "年龄不超过55岁（女性不超过50岁）",
                Check.AgeAtMost(55, womenAtMost: 50),
                interpretation: GeneralQualifiesEducationOnly + "男性不超过55周岁、女性不超过50周岁（含本数）；年龄在51–55周岁之间时才需要性别。")
            .General("education", "三.1.(1)", "一般应具有本科以上学历",
                Check.EducationAtLeast(EducationLevel.Bachelor), interpretation: GeneralQualifiesEducationOnly)
            .Hard("title-or-practising-qualification", "三.1.(2)", "具有副高级以上职称或二级以上执业资格证书",
                Check.Either(
                    Check.TitleAtLeast(ProfessionalTitle.AssociateSenior),
                    Check.PractisingGradeAtLeast(2)),
                interpretation: "职称与执业资格二者具备其一即可；“二级以上执业资格”即执业资格二级或一级。" +
                    "明确无执业资格（practisingGrade 为 none）即该分支不满足：职称亦低于副高级时本项不满足，而执业资格未填写时本项待定。")
            // District is the lowest level a key project records today; the 区级及以上 filter states the
            // clause and keeps holding if a lower level is ever recorded.
            .Hard("key-projects", "三.1.(3)",
                "近五年在我区城市建设方面，主持或参与过两项以上区级重点工程项目，且所承担的工程或个人获得市级以上奖励",
                Check.InLastFiveYears(CommonFacts.KeyProjects)
                    .Where("我区", project => project.InDistrict)
                    .Where("区级及以上", project => project.Level >= ProjectLevel.District)
                    .AtLeast(2, "项")
                    .OfWhich(1, "获市级以上奖励", project => project.Award >= RecognitionLevel.Municipal),
                interpretation: "“区级重点工程项目”按区级及以上计（市级、国家级重点工程亦计入），须在我区城市建设中；主持或参与均可。" +
                    "“所承担的工程或个人获得市级以上奖励”：所计项目中至少一项的工程奖励或本人因该项目所获奖励为市级以上（每条项目记录的 award 即二者中较高者）；" +
                    "与所计项目无关的个人奖励不在本项事实之内。" + WithinLastFiveYears))
        .Tier("backbone", "骨干人才人选，需具备以下条件：", backbone => backbone
            .General("age", "三.2.(1)", "年龄一般在40岁以下",
                Check.AgeAtMost(40), interpretation: GeneralQualifiesAgeOnly + "“40岁以下”含40周岁。")
            .Hard("education", "三.2.(1)", "本科以上学历",
                Check.EducationAtLeast(EducationLevel.Bachelor), interpretation: GeneralQualifiesAgeOnly)
            .Hard("title", "三.2.(2)", "具有中级以上专业技术资格",
                Check.TitleAtLeast(ProfessionalTitle.Intermediate),
                interpretation: "“专业技术资格”即职称（专业技术职务任职资格），按中级及以上核验；职业资格等级、执业资格不替代本项。")
            .Hard("frontline-work", "三.2.(3)", "在相关专业一线工作",
                Check.IsTrue(CommonFacts.FrontlineWork),
                interpretation: "是否在相关专业一线工作为可核验的事实，作硬性条件；其后的认可、效益与潜力由评审小组评议。")
            .Qualitative("recognition-and-potential", "三.2.(3)",
                "得到项目业主或主管部门认可并取得社会、经济、环境等方面重大效益，具有较大的发展潜力",
                interpretation: "项目业主或主管部门的认可、所取得的重大效益和发展潜力无共享事实可核验，由评审小组评议。"))
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
