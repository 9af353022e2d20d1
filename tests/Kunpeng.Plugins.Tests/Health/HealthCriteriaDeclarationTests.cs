using Kunpeng.Plugins.Health;

namespace Kunpeng.Plugins.Tests.Health;

/// <summary>卫生 三、选拔条件: every numbered clause declared, with its number, words and kind.</summary>
public class HealthCriteriaDeclarationTests
{
    private static readonly HealthCriteria Criteria = new();

    [Fact]
    public void It_serves_the_health_domain_with_the_organizers_tiers()
    {
        Assert.Equal("health", Criteria.DomainId);
        Assert.Equal(new HealthOrganizer().Profile.Tiers.Select(t => t.Id), Criteria.Tiers.Select(t => t.TierId));
        Assert.Equal("拔尖人才人选，需具备下列条件：", Criteria.Tiers[0].PreambleZh);
        Assert.Equal("骨干人才人选，需具备下列条件：", Criteria.Tiers[1].PreambleZh);
    }

    [Fact]
    public void Top_tier_declares_every_part_of_clauses_1_to_3_in_order() =>
        Assert.Equal(
        [
            ("top.title-or-doctorate", "三.1.(1)", ConditionKind.Hard),
            ("top.expertise", "三.1.(1)", ConditionKind.Qualitative),
            ("top.leadership", "三.1.(2)", ConditionKind.Qualitative),
            ("top.strategic-vision", "三.1.(3)", ConditionKind.Qualitative),
        ],
        Criteria.Declared("top"));

    [Fact]
    public void Backbone_tier_declares_every_part_of_clauses_1_to_3_in_order() =>
        Assert.Equal(
        [
            ("backbone.character", "三.2.(1)", ConditionKind.Qualitative),
            ("backbone.age", "三.2.(2)", ConditionKind.General),
            ("backbone.potential", "三.2.(2)", ConditionKind.Qualitative),
            ("backbone.title-or-education", "三.2.(3)", ConditionKind.Hard),
            ("backbone.professional-competence", "三.2.(3)", ConditionKind.Qualitative),
        ],
        Criteria.Declared("backbone"));

    [Theory]
    [InlineData("top.title-or-doctorate", "副高级及以上职称，或具备博士学位")]
    [InlineData("top.expertise", "具有扎实的专业知识和较高的理论水平，能够掌握先进技术和运用科学的工作方法，工作业绩突出")]
    [InlineData("top.leadership", "具有较强的领导、协调和组织能力。善于发现、培养和凝聚人才，能够通过创造性的劳动实现团队和自身的可持续性发展")]
    [InlineData("top.strategic-vision", "具有较强的战略眼光，善于创新，能够在团队建设和学科研究中发挥带头作用")]
    [InlineData("backbone.character", "热爱卫生事业，上进心、事业心强，具备良好的品德")]
    [InlineData("backbone.age", "年龄一般不超过40岁")]
    [InlineData("backbone.potential", "在本学科内具有较大的培养空间和发展潜力")]
    [InlineData("backbone.title-or-education", "中级及以上职称，或具备本科及以上学历")]
    [InlineData("backbone.professional-competence", "有较丰富的理论知识和良好的专业素养")]
    public void Each_condition_quotes_the_words_it_covers(string id, string textZh) =>
        Assert.Equal(textZh, Criteria.Definition(id).TextZh);

    [Fact]
    public void Yiban_in_3_2_2_governs_only_the_age_and_says_so_on_both_parts_of_the_clause()
    {
        var clause = Criteria.Conditions("backbone").Where(c => c.Clause == "三.2.(2)").ToList();

        Assert.Equal(["backbone.age", "backbone.potential"], clause.Select(c => c.Id));
        Assert.All(clause, c => Assert.Contains("“一般”只修饰年龄条件", c.InterpretationNote));
        Assert.Equal(ConditionKind.Hard, Criteria.Definition("backbone.title-or-education").Kind);
    }

    [Fact]
    public void The_doctorate_is_read_from_the_education_level_and_says_so()
    {
        Assert.Contains("educationLevel = doctorate", Criteria.Definition("top.title-or-doctorate").InterpretationNote);
        Assert.Equal(["professionalTitle", "educationLevel"], Criteria.Definition("top.title-or-doctorate").Facts);
    }

    [Fact]
    public void The_declared_facts_are_exactly_those_the_conditions_read() =>
        Assert.Equal(["professionalTitle", "educationLevel", "birthDate"], Criteria.Facts.Select(f => f.Name));
}
