using Kunpeng.Plugins.HighSkill;

namespace Kunpeng.Plugins.Tests.HighSkill;

/// <summary>高技能 三、选拔条件: every numbered clause declared, with its number, words and kind.</summary>
public class HighSkillCriteriaDeclarationTests
{
    private static readonly HighSkillCriteria Criteria = new();

    [Fact]
    public void It_serves_the_high_skill_domain_with_the_organizers_tiers()
    {
        Assert.Equal("high-skill", Criteria.DomainId);
        Assert.Equal(new HighSkillOrganizer().Profile.Tiers.Select(t => t.Id), Criteria.Tiers.Select(t => t.TierId));
        Assert.Equal("拔尖人才人选，需具备下列条件：", Criteria.Tiers[0].PreambleZh);
        Assert.Equal("骨干人才人选，需具备下列条件：", Criteria.Tiers[1].PreambleZh);
    }

    [Fact]
    public void Top_tier_declares_its_three_clauses_each_for_the_panel() =>
        Assert.Equal(
        [
            ("top.expertise", "三.1.(1)", ConditionKind.Qualitative),
            ("top.team-leadership", "三.1.(2)", ConditionKind.Qualitative),
            ("top.reputation", "三.1.(3)", ConditionKind.Qualitative),
        ],
        Criteria.Declared("top"));

    [Fact]
    public void Backbone_tier_declares_every_part_of_clauses_1_and_2_in_order() =>
        Assert.Equal(
        [
            ("backbone.age", "三.2.(1)", ConditionKind.General),
            ("backbone.education", "三.2.(1)", ConditionKind.Hard),
            ("backbone.vocational-qualification", "三.2.(1)", ConditionKind.Hard),
            ("backbone.potential", "三.2.(1)", ConditionKind.Qualitative),
            ("backbone.skills-contribution", "三.2.(2)", ConditionKind.Qualitative),
            ("backbone.apprentices", "三.2.(2)", ConditionKind.Hard),
        ],
        Criteria.Declared("backbone"));

    [Theory]
    [InlineData("top.expertise", "有扎实的专业知识和较高的理论水平，熟练掌握先进技术和运用科学的工作方法，开展本领域的前沿研究和实践，取得了突出业绩，并得到同行专家的认可")]
    [InlineData("top.reputation", "具有较高的社会声望，较好提升了武清知名度和影响力，在行业内具有示范引领作用")]
    [InlineData("backbone.age", "一般年龄不超过40岁")]
    [InlineData("backbone.education", "具有大专及以上学历")]
    [InlineData("backbone.vocational-qualification", "持有中级以上职业资格证书")]
    [InlineData("backbone.potential", "在本行业领域内具有较大的培养空间和发展潜力")]
    [InlineData("backbone.skills-contribution", "在开展技能交流，带徒传艺等方面贡献突出")]
    [InlineData("backbone.apprentices", "培养出一定数量的优秀技能人才")]
    public void Each_condition_quotes_the_words_it_covers(string id, string textZh) =>
        Assert.Equal(textZh, Criteria.Definition(id).TextZh);

    [Fact]
    public void Yiban_in_3_2_1_governs_only_the_age_and_says_so_on_every_part_of_the_clause()
    {
        var clause = Criteria.Conditions("backbone").Where(c => c.Clause == "三.2.(1)").ToList();

        Assert.Equal(4, clause.Count);
        Assert.Equal(["backbone.age"], clause.Where(c => c.Kind == ConditionKind.General).Select(c => c.Id));
        Assert.All(clause, c => Assert.Contains("“一般”只修饰紧随其后的年龄条件", c.InterpretationNote));
    }

    [Fact]
    public void The_apprentice_condition_says_the_panel_judges_what_the_count_cannot()
    {
        var note = Criteria.Definition("backbone.apprentices").InterpretationNote;

        Assert.Contains("带徒传艺人数 ≥ 1", note);
        Assert.Contains("由评审小组评议", note);
        Assert.Equal(["apprenticesTrained"], Criteria.Definition("backbone.apprentices").Facts);
    }

    [Fact]
    public void The_declared_facts_are_exactly_those_the_conditions_read() =>
        Assert.Equal(["birthDate", "educationLevel", "vocationalLevel", "apprenticesTrained"], Criteria.Facts.Select(f => f.Name));
}
