using Kunpeng.Abstractions;
using Kunpeng.PluginKit;

namespace Kunpeng.Plugins.Culture;

/// <summary>
/// 文化领域 三、选拔条件. The top tier's lead-in states a requirement of its own (较高声望) before
/// "同时具备下列条件之一"; the backbone tier is a single sentence without numbered items, so all its
/// conditions carry the tier's clause number 三.2.
/// </summary>
public sealed class CultureCriteria : IDomainCriteria
{
    // 三.2 "一般年龄不超过40岁，具有良好的职业道德…在文化艺术、…理论研究等领域，工作综合能力强、业绩突出，…": the text
    // does not say whether 一般 governs the whole sentence or only the age. Decision (the same as
    // every domain's): only the age is general; the field is hard and the rest qualitative. To
    // revise, change the kind of the conditions carrying this note and the note itself.
    private const string GeneralQualifiesAgeOnly =
        "本款的“一般”只修饰紧随其后的年龄条件：年龄为一般性条件（未满足须评审小组记录理由），从事领域为硬性条件，" +
        "职业道德、敬业精神、团队协作意识、工作能力、业绩和发展潜力由评审小组评议。";

    // The five fields the sentence names are exactly the shared vocabulary's cultureField values;
    // "other" is the outside of that list.
    private const string FieldsAsListed =
        "“等领域”按列举煞尾理解：所列文化艺术、文化遗产保护、新闻传媒、文学创作、理论研究五个领域即共享事实 cultureField 的五个取值，" +
        "从事其中之一即满足；cultureField 为 other（所列以外的领域）不满足。如需放宽，可将本项改为评审小组评议。";

    private static readonly CriteriaSet Criteria = CriteriaSet.For("culture")
        .Tier("top", "拔尖人才人选，需要在文化领域内具有较高声望，能够起到带动引领作用，同时具备下列条件之一：", top => top
            .Qualitative("reputation", "三.1", "在文化领域内具有较高声望，能够起到带动引领作用")
            .AnyOf("recognition", "三.1", "同时具备下列条件之一", recognition => recognition
                .Hard("membership", "三.1.(1)", "国家级、市级文化艺术协会的会员",
                    Check.IsOneOf(CommonFacts.AssociationMembership, AssociationMembership.National, AssociationMembership.Municipal),
                    interpretation: "国家级或市级文化艺术协会会员即满足；区级及以下协会的会员按非会员（none）填报，不满足本项。")
                .Qualitative("accomplishment", "三.1.(2)",
                    "具有深厚的文学艺术修养，学术能力和艺术水平得到同行和业内专家认可，从事的文化和艺术活动能在继承中不断创新发展，" +
                    "对所在领域的发展作出重要贡献")
                .Qualitative("representative-works", "三.1.(3)",
                    "能够用扎实的专业知识和高超的专业技能，开展本领域前沿研究，完成高水平的专业实践，创作、编排或主演过重要的文化艺术作品，" +
                    "有业界公认的代表性作品或成果，业绩和能力得到广泛认可"),
                interpretation: "（2）（3）只能由评审小组评议：是国家级或市级协会会员即满足本项；否则（包括会员情况未填报）" +
                    "本项待评审小组按（2）（3）评议，不因非会员而否决。"))
        .Tier("backbone",
            "骨干人才人选，一般年龄不超过40岁，具有良好的职业道德、敬业精神和团队协作意识，在文化艺术、文化遗产保护、新闻传媒、" +
            "文学创作和理论研究等领域，工作综合能力强、业绩突出，在本行业领域具有较大的培养空间和发展潜力。", backbone => backbone
            .General("age", "三.2", "一般年龄不超过40岁",
                Check.AgeAtMost(40), interpretation: GeneralQualifiesAgeOnly)
            .Qualitative("character", "三.2", "具有良好的职业道德、敬业精神和团队协作意识",
                interpretation: GeneralQualifiesAgeOnly)
            .Hard("field", "三.2", "在文化艺术、文化遗产保护、新闻传媒、文学创作和理论研究等领域",
                Check.IsOneOf(CommonFacts.CultureField,
                    CultureField.Arts, CultureField.Heritage, CultureField.Media, CultureField.Literature, CultureField.Theory),
                interpretation: GeneralQualifiesAgeOnly + FieldsAsListed)
            .Qualitative("ability-and-potential", "三.2",
                "工作综合能力强、业绩突出，在本行业领域具有较大的培养空间和发展潜力",
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
