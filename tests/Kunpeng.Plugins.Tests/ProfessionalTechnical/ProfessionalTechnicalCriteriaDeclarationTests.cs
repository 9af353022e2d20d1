using Kunpeng.Plugins.ProfessionalTechnical;

namespace Kunpeng.Plugins.Tests.ProfessionalTechnical;

/// <summary>专业技术 三、选拔条件: every numbered clause is declared, with its number, words and kind.</summary>
public class ProfessionalTechnicalCriteriaDeclarationTests
{
    private static readonly ProfessionalTechnicalCriteria Criteria = new();

    [Fact]
    public void It_serves_the_professional_technical_domain_with_the_organizers_tiers()
    {
        Assert.Equal("professional-technical", Criteria.DomainId);
        Assert.Equal(new ProfessionalTechnicalOrganizer().Profile.Tiers.Select(t => t.Id), Criteria.Tiers.Select(t => t.TierId));
        Assert.Equal("拔尖人才人选，需具备以下条件：", Criteria.Tiers[0].PreambleZh);
        Assert.Equal("骨干人才人选，需具备下列条件：", Criteria.Tiers[1].PreambleZh);
    }

    [Fact]
    public void Top_tier_declares_every_part_of_clauses_1_to_4_in_order() =>
        Assert.Equal(
        [
            ("top.education-or-title", "三.1.(1)", ConditionKind.Hard),
            ("top.expertise", "三.1.(2)", ConditionKind.Qualitative),
            ("top.major-project", "三.1.(3)", ConditionKind.Hard),
            ("top.contribution", "三.1.(3)", ConditionKind.Qualitative),
            ("top.research-results", "三.1.(4)", ConditionKind.Qualitative),
        ],
        Criteria.Declared("top"));

    [Fact]
    public void Backbone_tier_declares_every_part_of_clauses_1_to_3_in_order() =>
        Assert.Equal(
        [
            ("backbone.education-or-title", "三.2.(1)", ConditionKind.Hard),
            ("backbone.frontline", "三.2.(2)", ConditionKind.Hard),
            ("backbone.performance", "三.2.(2)", ConditionKind.Qualitative),
            ("backbone.age", "三.2.(3)", ConditionKind.General),
            ("backbone.prospects", "三.2.(3)", ConditionKind.Qualitative),
        ],
        Criteria.Declared("backbone"));

    [Theory]
    [InlineData("top.education-or-title", "具有硕士研究生及以上学历或副高级及以上专业技术职务")]
    [InlineData("top.expertise", "具有扎实系统的专业理论基础，专业工作经验丰富，能够解决科研或生产中重大的、关键性的技术问题，在同行中具有一定的知名度")]
    [InlineData("top.major-project", "作为工业重大项目、服务业重大项目、区县重大项目、自主创新产业化重大项目、重大市政交通项目的主要参与者")]
    [InlineData("top.contribution", "完成产品开发、工艺改进、技术改造，为提升科技创新能力做出较大贡献")]
    [InlineData("top.research-results", "主持的科研成果具有较高的实用价值，在成果转化或推进社会发展方面取得比较明显的经济社会效益")]
    [InlineData("backbone.education-or-title", "具有本科及以上学历或中级及以上专业技术职务")]
    [InlineData("backbone.frontline", "在科研生产第一线直接从事专业技术工作")]
    [InlineData("backbone.performance", "业绩突出")]
    [InlineData("backbone.age", "一般年龄不超过35岁")]
    [InlineData("backbone.prospects", "有较好的培养前景和培养空间")]
    public void Each_condition_quotes_the_words_it_covers(string id, string textZh) =>
        Assert.Equal(textZh, Criteria.Definition(id).TextZh);

    [Fact]
    public void Yiban_in_3_2_3_governs_only_the_age_and_says_so_on_every_part_of_the_clause()
    {
        var clause = Criteria.Tiers[1].Conditions.Where(c => c.Clause == "三.2.(3)").ToList();

        Assert.Equal(2, clause.Count);
        Assert.Equal(ConditionKind.General, clause.Single(c => c.Id == "backbone.age").Kind);
        Assert.All(clause, c => Assert.Contains("“一般”只修饰紧随其后的年龄条件", c.InterpretationNote));
    }

    [Fact]
    public void Qualitative_parts_read_no_fact_every_other_part_reads_some_and_all_are_about_the_person()
    {
        var all = Criteria.Tiers.SelectMany(t => t.Conditions).ToList();

        Assert.All(all.Where(c => c.Kind == ConditionKind.Qualitative), c => Assert.Empty(c.Facts));
        Assert.All(all.Where(c => c.Kind != ConditionKind.Qualitative), c => Assert.NotEmpty(c.Facts));
        Assert.All(all, c => Assert.Equal(ConditionSubject.Person, c.Subject));
    }

    [Fact]
    public void The_declared_facts_are_exactly_those_the_conditions_read_all_from_the_shared_vocabulary() =>
        Assert.Equal(
            ["educationLevel", "professionalTitle", "majorProjectParticipant", "frontlineWork", "birthDate"],
            Criteria.Facts.Select(f => f.Name));
}
