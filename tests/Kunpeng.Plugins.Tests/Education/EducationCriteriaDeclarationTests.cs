using Kunpeng.Plugins.Education;

namespace Kunpeng.Plugins.Tests.Education;

/// <summary>Every numbered clause of 三、选拔条件 is declared, with its number, words and kind.</summary>
public class EducationCriteriaDeclarationTests
{
    private static readonly EducationCriteria Criteria = new();

    [Fact]
    public void It_serves_the_education_domain_with_the_organizers_tiers()
    {
        Assert.Equal("education", Criteria.DomainId);
        Assert.Equal(new EducationOrganizer().Profile.Tiers.Select(t => t.Id), Criteria.Tiers.Select(t => t.TierId));
        Assert.Equal("拔尖人才人选，需具备以下条件：", Criteria.Tiers[0].PreambleZh);
        Assert.Equal("骨干人才人选，需具备以下条件：", Criteria.Tiers[1].PreambleZh);
    }

    [Fact]
    public void Top_tier_declares_every_part_of_clauses_1_to_3_in_order() =>
        Assert.Equal(
        [
            ("top.teaching-years", "三.1.(1)", ConditionKind.Hard),
            ("top.education", "三.1.(1)", ConditionKind.Hard),
            ("top.title", "三.1.(1)", ConditionKind.Hard),
            ("top.principal-qualification", "三.1.(1)", ConditionKind.Hard),
            ("top.expertise", "三.1.(2)", ConditionKind.Qualitative),
            ("top.papers", "三.1.(2)", ConditionKind.Hard),
            ("top.research-ability", "三.1.(3)", ConditionKind.Qualitative),
            ("top.research-project", "三.1.(3)", ConditionKind.Hard),
        ],
        Criteria.Tiers[0].Conditions.Select(c => (c.Id, c.Clause, c.Kind)));

    [Fact]
    public void Backbone_tier_declares_every_part_of_clauses_1_to_3_in_order() =>
        Assert.Equal(
        [
            ("backbone.age", "三.2.(1)", ConditionKind.General),
            ("backbone.teaching-years", "三.2.(1)", ConditionKind.Hard),
            ("backbone.education", "三.2.(1)", ConditionKind.Hard),
            ("backbone.title", "三.2.(1)", ConditionKind.Hard),
            ("backbone.papers", "三.2.(2)", ConditionKind.Hard),
            ("backbone.research-project", "三.2.(3)", ConditionKind.Hard),
        ],
        Criteria.Tiers[1].Conditions.Select(c => (c.Id, c.Clause, c.Kind)));

    [Theory]
    [InlineData("top.teaching-years", "教龄在10年及以上")]
    [InlineData("top.principal-qualification", "校（园）长应具有相应任职资格")]
    [InlineData("top.research-project", "近五年内作为主要承担者（前3名）完成或正在进行一项区级及以上教育科研课题")]
    [InlineData("backbone.age", "一般年龄不超过40周岁")]
    [InlineData("backbone.research-project", "近五年内参与过1项区级及以上教育科研课题")]
    public void Each_condition_quotes_the_words_it_covers(string id, string textZh) =>
        Assert.Equal(textZh, Criteria.Definition(id).TextZh);

    [Fact]
    public void The_top_paper_condition_quotes_the_whole_requirement_including_the_monograph() =>
        Assert.EndsWith("其中一篇在市级及以上范围获奖、交流和推广，或有学术著作", Criteria.Definition("top.papers").TextZh);

    [Fact]
    public void Yiban_in_3_2_1_governs_only_the_age_and_says_so_on_every_part_of_the_clause()
    {
        var clause = Criteria.Tiers[1].Conditions.Where(c => c.Clause == "三.2.(1)").ToList();

        Assert.Equal(4, clause.Count);
        Assert.Equal(ConditionKind.General, clause.Single(c => c.Id == "backbone.age").Kind);
        Assert.All(clause.Where(c => c.Id != "backbone.age"), c => Assert.Equal(ConditionKind.Hard, c.Kind));
        Assert.All(clause, c => Assert.Contains("“一般”只修饰紧随其后的年龄条件", c.InterpretationNote));
    }

    [Fact]
    public void Qualitative_parts_read_no_fact_and_every_other_part_reads_some()
    {
        var all = Criteria.Tiers.SelectMany(t => t.Conditions).ToList();

        Assert.All(all.Where(c => c.Kind == ConditionKind.Qualitative), c => Assert.Empty(c.Facts));
        Assert.All(all.Where(c => c.Kind != ConditionKind.Qualitative), c => Assert.NotEmpty(c.Facts));
        Assert.All(all, c => Assert.Equal(ConditionSubject.Person, c.Subject));
    }

    [Fact]
    public void The_declared_facts_are_exactly_those_the_conditions_read() =>
        Assert.Equal(
            ["teachingYears", "educationLevel", "professionalTitle", "isPrincipal", "hasPrincipalQualification",
             "papers", "hasMonograph", "researchProjects", "birthDate"],
            Criteria.Facts.Select(f => f.Name));
}
