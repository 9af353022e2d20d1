using Kunpeng.Plugins.Culture;

namespace Kunpeng.Plugins.Tests.Culture;

/// <summary>文化 三、选拔条件: the lead-in's requirement, the any-of group and its alternatives, the backbone sentence.</summary>
public class CultureCriteriaDeclarationTests
{
    private static readonly CultureCriteria Criteria = new();

    [Fact]
    public void It_serves_the_culture_domain_with_the_organizers_tiers()
    {
        Assert.Equal("culture", Criteria.DomainId);
        Assert.Equal(new CultureOrganizer().Profile.Tiers.Select(t => t.Id), Criteria.Tiers.Select(t => t.TierId));
        Assert.Equal("拔尖人才人选，需要在文化领域内具有较高声望，能够起到带动引领作用，同时具备下列条件之一：",
            Criteria.Tiers[0].PreambleZh);
        Assert.StartsWith("骨干人才人选，一般年龄不超过40岁，", Criteria.Tiers[1].PreambleZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Top_tier_declares_the_lead_ins_reputation_then_the_any_of_group() =>
        Assert.Equal(
        [
            ("top.reputation", "三.1", ConditionKind.Qualitative, "在文化领域内具有较高声望，能够起到带动引领作用"),
            ("top.recognition", "三.1", ConditionKind.Hard, "同时具备下列条件之一"),
        ],
        Criteria.Conditions("top").Select(c => (c.Id, c.Clause, c.Kind, c.TextZh)));

    [Fact]
    public void The_any_of_group_has_the_three_numbered_items_as_alternatives() =>
        Assert.Equal(
        [
            ("top.recognition.membership", "三.1.(1)", ConditionKind.Hard),
            ("top.recognition.accomplishment", "三.1.(2)", ConditionKind.Qualitative),
            ("top.recognition.representative-works", "三.1.(3)", ConditionKind.Qualitative),
        ],
        Criteria.Definition("top.recognition").AnyOf.Select(c => (c.Id, c.Clause, c.Kind)));

    [Fact]
    public void The_alternatives_quote_their_items()
    {
        var alternatives = Criteria.Definition("top.recognition").AnyOf;

        Assert.Equal("国家级、市级文化艺术协会的会员", alternatives[0].TextZh);
        Assert.StartsWith("具有深厚的文学艺术修养", alternatives[1].TextZh, StringComparison.Ordinal);
        Assert.EndsWith("对所在领域的发展作出重要贡献", alternatives[1].TextZh, StringComparison.Ordinal);
        Assert.StartsWith("能够用扎实的专业知识和高超的专业技能", alternatives[2].TextZh, StringComparison.Ordinal);
        Assert.EndsWith("有业界公认的代表性作品或成果，业绩和能力得到广泛认可", alternatives[2].TextZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Backbone_tier_splits_its_single_sentence_by_kind_under_clause_3_2() =>
        Assert.Equal(
        [
            ("backbone.age", "三.2", ConditionKind.General, "一般年龄不超过40岁"),
            ("backbone.character", "三.2", ConditionKind.Qualitative, "具有良好的职业道德、敬业精神和团队协作意识"),
            ("backbone.field", "三.2", ConditionKind.Hard, "在文化艺术、文化遗产保护、新闻传媒、文学创作和理论研究等领域"),
            ("backbone.ability-and-potential", "三.2", ConditionKind.Qualitative, "工作综合能力强、业绩突出，在本行业领域具有较大的培养空间和发展潜力"),
        ],
        Criteria.Conditions("backbone").Select(c => (c.Id, c.Clause, c.Kind, c.TextZh)));

    [Fact]
    public void Every_backbone_part_is_quoted_from_the_tiers_sentence() =>
        Assert.All(Criteria.Conditions("backbone"),
            c => Assert.Contains(c.TextZh, Criteria.Tiers[1].PreambleZh, StringComparison.Ordinal));

    [Fact]
    public void Yiban_governs_only_the_age_and_says_so_on_every_backbone_part()
    {
        Assert.Equal(["backbone.age"], Criteria.Conditions("backbone").Where(c => c.Kind == ConditionKind.General).Select(c => c.Id));
        Assert.All(Criteria.Conditions("backbone"), c => Assert.Contains("“一般”只修饰紧随其后的年龄条件", c.InterpretationNote));
        Assert.Contains("“等领域”按列举煞尾理解", Criteria.Definition("backbone.field").InterpretationNote);
    }

    [Fact]
    public void The_declared_facts_are_exactly_those_the_conditions_read() =>
        Assert.Equal(["associationMembership", "birthDate", "cultureField"], Criteria.Facts.Select(f => f.Name));
}
