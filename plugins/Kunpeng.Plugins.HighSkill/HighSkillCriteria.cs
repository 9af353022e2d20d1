using Kunpeng.Abstractions;
using Kunpeng.PluginKit;

namespace Kunpeng.Plugins.HighSkill;

/// <summary>
/// 高技能领域 三、选拔条件, clause by clause. Each condition quotes the words it covers; a clause whose
/// parts differ in kind is split into conditions sharing its clause number. The top tier's three
/// clauses are all for the review panel; the backbone tier carries the checkable ones.
/// </summary>
public sealed class HighSkillCriteria : IDomainCriteria
{
    // 三.2.(1) "一般年龄不超过40岁，具有大专及以上学历，持有中级以上职业资格证书，在本行业领域内具有较大的培养空间和发展潜力":
    // the text does not say whether 一般 governs the whole clause or only the age. Decision (the same
    // as every domain's): only the condition it directly precedes (the age) is general; the rest of
    // the clause is hard, or qualitative where only the panel can judge it. To revise, change the
    // kind of the conditions carrying this note and the note itself.
    private const string GeneralQualifiesAgeOnly =
        "本款的“一般”只修饰紧随其后的年龄条件：年龄为一般性条件（未满足须评审小组记录理由），学历、职业资格为硬性条件，" +
        "培养空间和发展潜力由评审小组评议。";

    // 三.2.(2) names no number ("一定数量"). Decision: the fact apprenticesTrained makes the floor the
    // words imply checkable (someone who trained nobody has not 培养出 anyone), and the panel judges
    // the rest: whether the number amounts to 一定数量, whether they are 优秀, and the contribution.
    private const string ApprenticesFloorOnly =
        "“一定数量”未给出具体人数：系统只核验字面隐含的下限，即通过带徒传艺培养出至少1名技能人才（带徒传艺人数 ≥ 1）；" +
        "人数是否达到“一定数量”、所培养者是否“优秀”，以及“贡献突出”，由评审小组评议。";

    private static readonly CriteriaSet Criteria = CriteriaSet.For("high-skill")
        .Tier("top", "拔尖人才人选，需具备下列条件：", top => top
            .Qualitative("expertise", "三.1.(1)",
                "有扎实的专业知识和较高的理论水平，熟练掌握先进技术和运用科学的工作方法，开展本领域的前沿研究和实践，" +
                "取得了突出业绩，并得到同行专家的认可")
            .Qualitative("team-leadership", "三.1.(2)",
                "具有丰富的团队管理经验，善于调动团队积极性，提高团队凝聚力，激发团队战斗力，" +
                "通过创造性的劳动实现团队和自身的可持续性发展，在团队建设和项目攻关中发挥作用明显")
            .Qualitative("reputation", "三.1.(3)",
                "具有较高的社会声望，较好提升了武清知名度和影响力，在行业内具有示范引领作用"))
        .Tier("backbone", "骨干人才人选，需具备下列条件：", backbone => backbone
            .General("age", "三.2.(1)", "一般年龄不超过40岁",
                Check.AgeAtMost(40), interpretation: GeneralQualifiesAgeOnly)
            .Hard("education", "三.2.(1)", "具有大专及以上学历",
                Check.EducationAtLeast(EducationLevel.Associate), interpretation: GeneralQualifiesAgeOnly)
            .Hard("vocational-qualification", "三.2.(1)", "持有中级以上职业资格证书",
                Check.VocationalLevelAtLeast(4),
                interpretation: GeneralQualifiesAgeOnly + "职业资格“中级以上”即中级工（四级）及以上：四级、三级（高级工）、二级（技师）、一级（高级技师）。" +
                    "明确无职业资格（vocationalLevel 为 none）为不满足；未填写为待定。")
            .Qualitative("potential", "三.2.(1)", "在本行业领域内具有较大的培养空间和发展潜力",
                interpretation: GeneralQualifiesAgeOnly)
            .Qualitative("skills-contribution", "三.2.(2)", "在开展技能交流，带徒传艺等方面贡献突出")
            .Hard("apprentices", "三.2.(2)", "培养出一定数量的优秀技能人才",
                Check.AtLeast(CommonFacts.ApprenticesTrained, 1, "人"), interpretation: ApprenticesFloorOnly))
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
