using Kunpeng.Plugins.SocialWork;

namespace Kunpeng.Plugins.Tests.SocialWork;

/// <summary>社会 三、选拔条件: every numbered clause declared, with number, words and kind.</summary>
public class SocialWorkCriteriaDeclarationTests
{
    private static readonly SocialWorkCriteria Criteria = new();

    [Fact]
    public void It_serves_the_social_work_domain_with_the_organizers_tiers()
    {
        var organizer = new SocialWorkOrganizer();

        Assert.Equal("social-work", Criteria.DomainId);
        Assert.Equal(organizer.Domain.Id, Criteria.DomainId);
        Assert.Equal(organizer.Profile.Tiers.Select(t => t.Id), Criteria.Tiers.Select(t => t.TierId));
        Assert.Equal("拔尖人才人选，需同时具备下列条件：", Criteria.Tiers[0].PreambleZh);
        Assert.Equal("骨干人才人选，需同时具备下列条件：", Criteria.Tiers[1].PreambleZh);
    }

    [Fact]
    public void Top_tier_declares_every_part_of_clauses_1_and_2_in_order() =>
        Assert.Equal(
        [
            ("top.age", "三.1.(1)", ConditionKind.General),
            ("top.service-years", "三.1.(1)", ConditionKind.Hard),
            ("top.professional-excellence", "三.1.(2)", ConditionKind.Qualitative),
        ],
        Criteria.Tiers[0].Conditions.Select(c => (c.Id, c.Clause, c.Kind)));

    [Fact]
    public void Backbone_tier_declares_every_part_of_clauses_1_and_2_in_order() =>
        Assert.Equal(
        [
            ("backbone.age", "三.2.(1)", ConditionKind.General),
            ("backbone.service-years", "三.2.(1)", ConditionKind.Hard),
            ("backbone.professional-competence", "三.2.(2)", ConditionKind.Qualitative),
        ],
        Criteria.Tiers[1].Conditions.Select(c => (c.Id, c.Clause, c.Kind)));

    [Theory]
    [InlineData("top.age", "年龄一般在55周岁以下")]
    [InlineData("top.service-years", "直接从事社会工作服务10年以上")]
    [InlineData("backbone.age", "年龄一般在40周岁以下")]
    [InlineData("backbone.service-years", "直接从事社会工作服务5年以上")]
    [InlineData("backbone.professional-competence",
        "具备一定的社会工作专业价值理念和社会工作理论知识，从事具有一定技术含量的社会工作，获得服务对象的广泛认可和好评，为社会工作事业发展作出突出贡献")]
    public void Each_condition_quotes_the_words_it_covers(string id, string textZh) =>
        Assert.Equal(textZh, Criteria.Definition(id).TextZh);

    [Fact]
    public void Clause_1_2_is_quoted_whole()
    {
        var text = Criteria.Definition("top.professional-excellence").TextZh;

        Assert.StartsWith("具备牢固的社会工作专业价值理念", text, StringComparison.Ordinal);
        Assert.Contains("组织实施过有重要影响的社会工作服务项目或案例", text, StringComparison.Ordinal);
        Assert.EndsWith("在某一社会工作领域发挥着示范带动作用", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("三.1.(1)")]
    [InlineData("三.2.(1)")]
    public void Yiban_governs_only_the_age_and_says_so_on_both_parts_of_the_clause(string clauseNumber)
    {
        var clause = Criteria.Tiers.SelectMany(t => t.Conditions).Where(c => c.Clause == clauseNumber).ToList();

        Assert.Equal([ConditionKind.General, ConditionKind.Hard], clause.Select(c => c.Kind));
        Assert.All(clause, c => Assert.Contains("“一般”只修饰年龄条件", c.InterpretationNote));
    }

    [Fact]
    public void Qualitative_parts_read_no_fact_and_the_rules_state_no_any_of_group_and_no_preference()
    {
        var all = Criteria.Tiers.SelectMany(t => t.Conditions).ToList();

        Assert.All(all.Where(c => c.Kind == ConditionKind.Qualitative), c => Assert.Empty(c.Facts));
        Assert.All(all.Where(c => c.Kind != ConditionKind.Qualitative), c => Assert.NotEmpty(c.Facts));
        Assert.All(all, c => Assert.Empty(c.AnyOf));
        Assert.All(all, c => Assert.Equal(ConditionSubject.Person, c.Subject));
        Assert.DoesNotContain(all, c => c.Kind == ConditionKind.Preference);
    }

    [Fact]
    public void The_declared_facts_are_exactly_those_the_conditions_read() =>
        Assert.Equal(["birthDate", "socialWorkYears"], Criteria.Facts.Select(f => f.Name));
}
