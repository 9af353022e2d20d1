using Kunpeng.Plugins.UrbanConstruction;

namespace Kunpeng.Plugins.Tests.UrbanConstruction;

/// <summary>城建 三、选拔条件: every numbered clause and the top tier's lead-in are declared, with number, words and kind.</summary>
public class UrbanConstructionCriteriaDeclarationTests
{
    private static readonly UrbanConstructionCriteria Criteria = new();

    [Fact]
    public void It_serves_the_urban_construction_domain_with_the_organizers_tiers()
    {
        var organizer = new UrbanConstructionOrganizer();

        Assert.Equal("urban-construction", Criteria.DomainId);
        Assert.Equal(organizer.Domain.Id, Criteria.DomainId);
        Assert.Equal(organizer.Profile.Tiers.Select(t => t.Id), Criteria.Tiers.Select(t => t.TierId));
        Assert.Equal("拔尖人才人选，需具备扎实的专业知识和较高的理论水平，在本专业内具有较强的影响力，能够起到带动引领作用，同时具备以下条件：",
            Criteria.Tiers[0].PreambleZh);
        Assert.Equal("骨干人才人选，需具备以下条件：", Criteria.Tiers[1].PreambleZh);
    }

    [Fact]
    public void Top_tier_declares_the_lead_in_and_every_part_of_clauses_1_to_3_in_order() =>
        Assert.Equal(
        [
            ("top.standing", "三.1", ConditionKind.Qualitative),
            ("top.age", "三.1.(1)", ConditionKind.Hard),
            ("top.education", "三.1.(1)", ConditionKind.General),
            ("top.title-or-practising-qualification", "三.1.(2)", ConditionKind.Hard),
            ("top.key-projects", "三.1.(3)", ConditionKind.Hard),
        ],
        Criteria.Tiers[0].Conditions.Select(c => (c.Id, c.Clause, c.Kind)));

    [Fact]
    public void Backbone_tier_declares_every_part_of_clauses_1_to_3_in_order() =>
        Assert.Equal(
        [
            ("backbone.age", "三.2.(1)", ConditionKind.General),
            ("backbone.education", "三.2.(1)", ConditionKind.Hard),
            ("backbone.title", "三.2.(2)", ConditionKind.Hard),
            ("backbone.frontline-work", "三.2.(3)", ConditionKind.Hard),
            ("backbone.recognition-and-potential", "三.2.(3)", ConditionKind.Qualitative),
        ],
        Criteria.Tiers[1].Conditions.Select(c => (c.Id, c.Clause, c.Kind)));

    [Theory]
    [InlineData("top.standing", "具备扎实的专业知识和较高的理论水平，在本专业内具有较强的影响力，能够起到带动引领作用")]
    [InlineData("top.age", "年龄不超过55岁（女性不超过50岁）")]
    [InlineData("top.education", "一般应具有本科以上学历")]
    [InlineData("top.title-or-practising-qualification", "具有副高级以上职称或二级以上执业资格证书")]
    [InlineData("top.key-projects", "近五年在我区城市建设方面，主持或参与过两项以上区级重点工程项目，且所承担的工程或个人获得市级以上奖励")]
    [InlineData("backbone.age", "年龄一般在40岁以下")]
    [InlineData("backbone.education", "本科以上学历")]
    [InlineData("backbone.title", "具有中级以上专业技术资格")]
    [InlineData("backbone.frontline-work", "在相关专业一线工作")]
    [InlineData("backbone.recognition-and-potential", "得到项目业主或主管部门认可并取得社会、经济、环境等方面重大效益，具有较大的发展潜力")]
    public void Each_condition_quotes_the_words_it_covers(string id, string textZh) =>
        Assert.Equal(textZh, Criteria.Definition(id).TextZh);

    [Fact]
    public void Yiban_in_3_1_1_governs_only_the_education_and_says_so_on_both_parts_of_the_clause()
    {
        var clause = Criteria.Tiers[0].Conditions.Where(c => c.Clause == "三.1.(1)").ToList();

        Assert.Equal(["top.age", "top.education"], clause.Select(c => c.Id));
        Assert.Equal(ConditionKind.Hard, clause[0].Kind);
        Assert.Equal(ConditionKind.General, clause[1].Kind);
        Assert.All(clause, c => Assert.Contains("“一般”只修饰紧随其后的学历条件", c.InterpretationNote));
    }

    [Fact]
    public void Yiban_in_3_2_1_governs_only_the_age_and_says_so_on_both_parts_of_the_clause()
    {
        var clause = Criteria.Tiers[1].Conditions.Where(c => c.Clause == "三.2.(1)").ToList();

        Assert.Equal(["backbone.age", "backbone.education"], clause.Select(c => c.Id));
        Assert.Equal(ConditionKind.General, clause[0].Kind);
        Assert.Equal(ConditionKind.Hard, clause[1].Kind);
        Assert.All(clause, c => Assert.Contains("“一般”只修饰紧随其后的年龄条件", c.InterpretationNote));
    }

    [Fact]
    public void The_key_project_reading_is_written_down() =>
        Assert.Contains("区级及以上", Criteria.Definition("top.key-projects").InterpretationNote);

    [Fact]
    public void Qualitative_parts_read_no_fact_every_other_part_reads_some_and_all_are_about_the_person()
    {
        var all = Criteria.Tiers.SelectMany(t => t.Conditions).ToList();

        Assert.All(all.Where(c => c.Kind == ConditionKind.Qualitative), c => Assert.Empty(c.Facts));
        Assert.All(all.Where(c => c.Kind != ConditionKind.Qualitative), c => Assert.NotEmpty(c.Facts));
        Assert.All(all, c => Assert.Equal(ConditionSubject.Person, c.Subject));
    }

    [Fact]
    public void The_rules_state_no_any_of_group_and_no_preference()
    {
        var all = Criteria.Tiers.SelectMany(t => t.Conditions).ToList();

        Assert.All(all, c => Assert.Empty(c.AnyOf));
        Assert.DoesNotContain(all, c => c.Kind == ConditionKind.Preference);
    }

    [Fact]
    public void The_declared_facts_are_exactly_those_the_conditions_read() =>
        Assert.Equal(
            ["birthDate", "gender", "educationLevel", "professionalTitle", "practisingGrade", "keyProjects", "frontlineWork"],
            Criteria.Facts.Select(f => f.Name));
}
