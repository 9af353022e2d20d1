using Kunpeng.Abstractions;
using Kunpeng.PluginKit;

namespace Kunpeng.Plugins.Health;

/// <summary>
/// 卫生领域 三、选拔条件, clause by clause. Each condition quotes the words it covers; a clause whose
/// parts differ in kind is split into conditions sharing its clause number.
/// </summary>
public sealed class HealthCriteria : IDomainCriteria
{
    // 三.2.(2) "年龄一般不超过40岁，在本学科内具有较大的培养空间和发展潜力": 一般 stands after 年龄 here but
    // qualifies the same limit. Decision (the same as every domain's): only the age is general; the
    // rest of the clause keeps its own kind (here qualitative). 三.2.(3) has no 一般 and is hard. To
    // revise, change the kind of the conditions carrying this note and the note itself.
    private const string GeneralQualifiesAgeOnly =
        "本款的“一般”只修饰年龄条件：年龄为一般性条件（未满足须评审小组记录理由），培养空间和发展潜力由评审小组评议；" +
        "三.2.(3)的职称或学历不带“一般”，为硬性条件。";

    // The shared vocabulary records the highest completed education (学历), not degrees (学位).
    private const string DoctorateAsDegree =
        "“博士学位”按最高学历为博士研究生（educationLevel = doctorate）核验，共享事实不单列学位；" +
        "职称达到副高级及以上即满足，不再看学历，反之亦然。";

    private static readonly CriteriaSet Criteria = CriteriaSet.For("health")
        .Tier("top", "拔尖人才人选，需具备下列条件：", top => top
            .Hard("title-or-doctorate", "三.1.(1)", "副高级及以上职称，或具备博士学位",
                Check.Either(
                    Check.TitleAtLeast(ProfessionalTitle.AssociateSenior),
                    Check.EducationAtLeast(EducationLevel.Doctorate)),
                interpretation: DoctorateAsDegree)
            .Qualitative("expertise", "三.1.(1)",
                "具有扎实的专业知识和较高的理论水平，能够掌握先进技术和运用科学的工作方法，工作业绩突出")
            .Qualitative("leadership", "三.1.(2)",
                "具有较强的领导、协调和组织能力。善于发现、培养和凝聚人才，能够通过创造性的劳动实现团队和自身的可持续性发展")
            .Qualitative("strategic-vision", "三.1.(3)",
                "具有较强的战略眼光，善于创新，能够在团队建设和学科研究中发挥带头作用"))
        .Tier("backbone", "骨干人才人选，需具备下列条件：", backbone => backbone
            .Qualitative("character", "三.2.(1)", "热爱卫生事业，上进心、事业心强，具备良好的品德")
            .General("age", "三.2.(2)", "年龄一般不超过40岁",
                Check.AgeAtMost(40), interpretation: GeneralQualifiesAgeOnly)
            .Qualitative("potential", "三.2.(2)", "在本学科内具有较大的培养空间和发展潜力",
                interpretation: GeneralQualifiesAgeOnly)
            .Hard("title-or-education", "三.2.(3)", "中级及以上职称，或具备本科及以上学历",
                Check.Either(
                    Check.TitleAtLeast(ProfessionalTitle.Intermediate),
                    Check.EducationAtLeast(EducationLevel.Bachelor)),
                interpretation: "职称达到中级及以上即满足，不再看学历；学历为本科及以上即满足，不再看职称。")
            .Qualitative("professional-competence", "三.2.(3)", "有较丰富的理论知识和良好的专业素养"))
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
