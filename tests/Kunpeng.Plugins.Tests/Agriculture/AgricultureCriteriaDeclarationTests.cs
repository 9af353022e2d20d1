using Kunpeng.Plugins.Agriculture;

namespace Kunpeng.Plugins.Tests.Agriculture;

/// <summary>农业 三、选拔条件: every numbered clause, and each part of the backbone sentence, with number, words and kind.</summary>
public class AgricultureCriteriaDeclarationTests
{
    private static readonly AgricultureCriteria Criteria = new();

    [Fact]
    public void It_serves_the_agriculture_domain_with_the_organizers_tiers()
    {
        var organizer = new AgricultureOrganizer();

        Assert.Equal("agriculture", Criteria.DomainId);
        Assert.Equal(organizer.Domain.Id, Criteria.DomainId);
        Assert.Equal(organizer.Profile.Tiers.Select(t => t.Id), Criteria.Tiers.Select(t => t.TierId));
        Assert.Equal("拔尖人才人选，需具有备下列条件：", Criteria.Tiers[0].PreambleZh);
        Assert.Equal("骨干人才人选，一般年龄不超过40岁，具有本科及以上学历，在本行业领域内具有较大的培养空间和发展潜力。", Criteria.Tiers[1].PreambleZh);
    }

    [Fact]
    public void Top_tier_declares_its_three_clauses_for_the_panel() =>
        Assert.Equal(
        [
            ("top.expertise-and-achievements", "三.1.(1)", ConditionKind.Qualitative),
            ("top.leadership", "三.1.(2)", ConditionKind.Qualitative),
            ("top.strategic-vision", "三.1.(3)", ConditionKind.Qualitative),
        ],
        Criteria.Tiers[0].Conditions.Select(c => (c.Id, c.Clause, c.Kind)));

    [Fact]
    public void Backbone_tier_declares_the_age_education_and_potential_of_clause_2() =>
        Assert.Equal(
        [
            ("backbone.age", "三.2", ConditionKind.General),
            ("backbone.education", "三.2", ConditionKind.Hard),
            ("backbone.potential", "三.2", ConditionKind.Qualitative),
        ],
        Criteria.Tiers[1].Conditions.Select(c => (c.Id, c.Clause, c.Kind)));

    [Theory]
    [InlineData("top.leadership",
        "具有较强的领导、协调和组织管理能力，善于发现人才、培养人才和凝聚人才，所带领的团队有较强的攻坚能力，能通过创造性的劳动实现自身和团队的可持续性发展")]
    [InlineData("top.strategic-vision", "具有战略眼光，能够紧跟本学科、本领域发展趋势，善于创新，在团队建设和项目攻关中发挥引领作用")]
    [InlineData("backbone.age", "一般年龄不超过40岁")]
    [InlineData("backbone.education", "具有本科及以上学历")]
    [InlineData("backbone.potential", "在本行业领域内具有较大的培养空间和发展潜力")]
    public void Each_condition_quotes_the_words_it_covers(string id, string textZh) =>
        Assert.Equal(textZh, Criteria.Definition(id).TextZh);

    [Fact]
    public void Clause_1_1_is_quoted_whole_from_its_knowledge_to_its_contribution()
    {
        var text = Criteria.Definition("top.expertise-and-achievements").TextZh;

        Assert.StartsWith("有扎实的专业知识和宽广的视野", text, StringComparison.Ordinal);
        Assert.Contains("近年来取得的业绩、成果突出", text, StringComparison.Ordinal);
        Assert.EndsWith("对武清农业经济发展做出重大贡献", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Yiban_in_3_2_governs_only_the_age_and_says_so_on_every_part_of_the_clause()
    {
        var clause = Criteria.Tiers[1].Conditions;

        Assert.All(clause, c => Assert.Contains("“一般”只修饰紧随其后的年龄条件", c.InterpretationNote));
        Assert.Single(clause, c => c.Kind == ConditionKind.General);
    }

    [Fact]
    public void Qualitative_parts_read_no_fact_and_the_rules_state_no_any_of_group_and_no_preference()
    {
        var all = Criteria.Tiers.SelectMany(t => t.Conditions).ToList();

        Assert.All(all.Where(c => c.Kind == ConditionKind.Qualitative), c => Assert.Empty(c.Facts));
        Assert.All(all, c => Assert.Empty(c.AnyOf));
        Assert.All(all, c => Assert.Equal(ConditionSubject.Person, c.Subject));
        Assert.DoesNotContain(all, c => c.Kind == ConditionKind.Preference);
    }

    [Fact]
    public void The_declared_facts_are_exactly_those_the_conditions_read() =>
        Assert.Equal(["birthDate", "educationLevel"], Criteria.Facts.Select(f => f.Name));
}
