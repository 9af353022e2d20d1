using Kunpeng.Abstractions;
using Kunpeng.PluginKit;

namespace Kunpeng.Plugins.PartyGovernment;

/// <summary>
/// 党政领域 三、选拔条件, clause by clause, with the reserve-cadre preference of 五.1. Each condition
/// quotes the words it covers; a clause whose parts differ in kind is split into conditions sharing
/// its clause number, and each tier's lead-in requirements are conditions under the tier's number.
/// </summary>
public sealed class PartyGovernmentCriteria : IDomainCriteria
{
    private const string DivisionPreamble =
        "优秀处级干部，在本单位、本行业、本领域党政人才队伍中具有较高的思想政治觉悟和丰富的领导经验，具有较大发展潜力，能够起到带动引领作用，同时具备下列条件：";

    private const string SectionPreamble =
        "优秀科级干部，需具有大学本科以上学历，在党政人才队伍中具有较大的培养空间和发展潜力，同时具备下列条件：";

    // 五.1 "培养对象由区委组织部优先在全区党政领导班子后备干部中确定": it is not in 三、选拔条件, but it
    // says whom the department prefers among the nominees of both tiers, so each tier carries it as
    // a preference (it ranks, it never rejects).
    private const string ReserveCadreText = "培养对象由区委组织部优先在全区党政领导班子后备干部中确定";

    private const string ReserveCadreNote =
        "五.1 的“培养对象”涵盖优秀处级干部和优秀科级干部两个层次，故两层次均列此优先条件；" +
        "是否为全区党政领导班子后备干部只用于排序，不作为淘汰理由。";

    private const string TenureCounting =
        "任职年限按整年计算：自首次任该职级之日起至参考日期（推荐截止日）满3周年即满足（含本数）；" +
        "所填日期之后视为连续任职，任职中断无从记录，由组织部门审核。";

    private static readonly CriteriaSet Criteria = CriteriaSet.For("party-government")
        .Tier("division", DivisionPreamble, division => division
            .Qualitative("standing", "三.1",
                "在本单位、本行业、本领域党政人才队伍中具有较高的思想政治觉悟和丰富的领导经验，具有较大发展潜力，能够起到带动引领作用",
                interpretation: "本层次引言中的要求均属思想政治觉悟、领导经验和发展潜力的评价，无可核验的事实，由评审把关，作为一项定性条件。")
            .Hard("tenure", "三.1.(1)", "担任处级干部3年以上",
                Check.YearsSinceAtLeast(CommonFacts.DivisionLevelSince, 3),
                interpretation: "“处级干部”含正处级和副处级，自首次任处级职务之日起算。" + TenureCounting)
            .Hard("grassroots", "三.1.(1)", "具有2年以上基层工作经历",
                Check.AtLeast(CommonFacts.GrassrootsYears, 2m, "年"),
                interpretation: "基层工作经历按累计年数计，不要求连续，2年即满足（含本数）。")
            .Qualitative("political-integrity", "三.1.(2)",
                "努力用马克思主义的立场、观点、方法分析和解决实际问题，讲学习、讲政治、讲正气，经得起各种风浪的考验")
            .Qualitative("effective-work", "三.1.(3)",
                "认真调查研究，能够把党的方针、政策同本地区、本部门的实际相结合，卓有成效地开展工作，具有示范引领作用")
            .Preference("reserve-cadre", "五.1", ReserveCadreText,
                Check.IsTrue(CommonFacts.ReserveCadre), interpretation: ReserveCadreNote))
        .Tier("section", SectionPreamble, section => section
            .Hard("education", "三.2", "需具有大学本科以上学历",
                Check.EducationAtLeast(EducationLevel.Bachelor),
                interpretation: "本层次引言中的学历要求用“需”字明确提出且可核验，作为硬性条件；“以上”含本科。")
            .Qualitative("potential", "三.2", "在党政人才队伍中具有较大的培养空间和发展潜力")
            .Hard("tenure", "三.2.(1)", "担任正科级干部3年以上",
                Check.YearsSinceAtLeast(CommonFacts.SectionChiefSince, 3),
                interpretation: "只计正科级（副科级不计），自首次任正科级职务之日起算。" + TenureCounting)
            .Hard("rank-filed", "三.2.(1)", "科级职务需经组织人事部门审批备案",
                Check.IsTrue(CommonFacts.SectionRankFiled),
                interpretation: "所任科级职务须已经组织人事部门审批备案；未备案即不满足（硬性条件）。")
            .Qualitative("conduct", "三.2.(2)",
                "能够认真贯彻执行党委政府交办的各项任务，工作作风深入扎实，积极为民服务，有较好的群众基础")
            .Preference("reserve-cadre", "五.1", ReserveCadreText,
                Check.IsTrue(CommonFacts.ReserveCadre), interpretation: ReserveCadreNote))
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
