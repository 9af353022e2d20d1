using Kunpeng.Abstractions;
using Kunpeng.PluginKit;

namespace Kunpeng.Plugins.Agriculture;

/// <summary>
/// 农业领域 三、选拔条件, clause by clause. The top tier's three clauses judge knowledge, achievement,
/// leadership and vision, which only the review panel can do; the backbone tier is one sentence
/// (三.2) split into its age, education and potential parts.
/// </summary>
public sealed class AgricultureCriteria : IDomainCriteria
{
    // 三.2 "一般年龄不超过40岁，具有本科及以上学历，在本行业领域内具有较大的培养空间和发展潜力": the text does not
    // say whether 一般 governs the whole sentence or only the age. Decision: only the condition it
    // directly precedes (the age) is general; the education is hard, the potential qualitative. To
    // revise, change the kind of the conditions carrying this note and the note itself.
    private const string GeneralQualifiesAgeOnly =
        "本款的“一般”只修饰紧随其后的年龄条件：年龄为一般性条件（未满足须评审小组记录理由），学历为硬性条件，培养空间和发展潜力由评审小组评议。";

    private static readonly CriteriaSet Criteria = CriteriaSet.For("agriculture")
        // "需具有备下列条件" is the rules' own wording (具有/具备), kept verbatim.
        .Tier("top", "拔尖人才人选，需具有备下列条件：", top => top
            .Qualitative("expertise-and-achievements", "三.1.(1)",
                "有扎实的专业知识和宽广的视野，开展农业领域的前沿研究和实践，近年来取得的业绩、成果突出，并得到本领域同行专家的认可，" +
                "在同行中具有明显优势，对武清农业经济发展做出重大贡献",
                interpretation: "“近年来取得的业绩、成果突出”未给出数量或级别，无共享事实可核验，整款由评审小组评议。")
            .Qualitative("leadership", "三.1.(2)",
                "具有较强的领导、协调和组织管理能力，善于发现人才、培养人才和凝聚人才，所带领的团队有较强的攻坚能力，" +
                "能通过创造性的劳动实现自身和团队的可持续性发展")
            .Qualitative("strategic-vision", "三.1.(3)",
                "具有战略眼光，能够紧跟本学科、本领域发展趋势，善于创新，在团队建设和项目攻关中发挥引领作用"))
        .Tier("backbone", "骨干人才人选，一般年龄不超过40岁，具有本科及以上学历，在本行业领域内具有较大的培养空间和发展潜力。", backbone => backbone
            .General("age", "三.2", "一般年龄不超过40岁",
                Check.AgeAtMost(40), interpretation: GeneralQualifiesAgeOnly + "“不超过40岁”含40周岁。")
            .Hard("education", "三.2", "具有本科及以上学历",
                Check.EducationAtLeast(EducationLevel.Bachelor), interpretation: GeneralQualifiesAgeOnly)
            .Qualitative("potential", "三.2", "在本行业领域内具有较大的培养空间和发展潜力",
                interpretation: GeneralQualifiesAgeOnly))
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
