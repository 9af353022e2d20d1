using Kunpeng.Plugins.PartyGovernment;

namespace Kunpeng.Plugins.Tests.PartyGovernment;

/// <summary>党政 三、选拔条件: every numbered clause and each tier's lead-in is declared, with its number, words and kind.</summary>
public class PartyGovernmentCriteriaDeclarationTests
{
    private static readonly PartyGovernmentCriteria Criteria = new();

    [Fact]
    public void It_serves_the_party_government_domain_with_the_organizers_tiers_and_their_lead_ins()
    {
        Assert.Equal("party-government", Criteria.DomainId);
        Assert.Equal(new PartyGovernmentOrganizer().Profile.Tiers.Select(t => t.Id), Criteria.Tiers.Select(t => t.TierId));
        Assert.Equal(
            "优秀处级干部，在本单位、本行业、本领域党政人才队伍中具有较高的思想政治觉悟和丰富的领导经验，具有较大发展潜力，能够起到带动引领作用，同时具备下列条件：",
            Criteria.Tiers[0].PreambleZh);
        Assert.Equal(
            "优秀科级干部，需具有大学本科以上学历，在党政人才队伍中具有较大的培养空间和发展潜力，同时具备下列条件：",
            Criteria.Tiers[1].PreambleZh);
    }

    [Fact]
    public void Division_tier_declares_its_lead_in_every_part_of_clauses_1_to_3_and_the_reserve_preference_in_order() =>
        Assert.Equal(
        [
            ("division.standing", "三.1", ConditionKind.Qualitative),
            ("division.tenure", "三.1.(1)", ConditionKind.Hard),
            ("division.grassroots", "三.1.(1)", ConditionKind.Hard),
            ("division.political-integrity", "三.1.(2)", ConditionKind.Qualitative),
            ("division.effective-work", "三.1.(3)", ConditionKind.Qualitative),
            ("division.reserve-cadre", "五.1", ConditionKind.Preference),
        ],
        Criteria.Declared("division"));

    [Fact]
    public void Section_tier_declares_its_lead_in_every_part_of_clauses_1_and_2_and_the_reserve_preference_in_order() =>
        Assert.Equal(
        [
            ("section.education", "三.2", ConditionKind.Hard),
            ("section.potential", "三.2", ConditionKind.Qualitative),
            ("section.tenure", "三.2.(1)", ConditionKind.Hard),
            ("section.rank-filed", "三.2.(1)", ConditionKind.Hard),
            ("section.conduct", "三.2.(2)", ConditionKind.Qualitative),
            ("section.reserve-cadre", "五.1", ConditionKind.Preference),
        ],
        Criteria.Declared("section"));

    [Theory]
    [InlineData("division.standing", "在本单位、本行业、本领域党政人才队伍中具有较高的思想政治觉悟和丰富的领导经验，具有较大发展潜力，能够起到带动引领作用")]
    [InlineData("division.tenure", "担任处级干部3年以上")]
    [InlineData("division.grassroots", "具有2年以上基层工作经历")]
    [InlineData("division.political-integrity", "努力用马克思主义的立场、观点、方法分析和解决实际问题，讲学习、讲政治、讲正气，经得起各种风浪的考验")]
    [InlineData("division.effective-work", "认真调查研究，能够把党的方针、政策同本地区、本部门的实际相结合，卓有成效地开展工作，具有示范引领作用")]
    [InlineData("section.education", "需具有大学本科以上学历")]
    [InlineData("section.potential", "在党政人才队伍中具有较大的培养空间和发展潜力")]
    [InlineData("section.tenure", "担任正科级干部3年以上")]
    [InlineData("section.rank-filed", "科级职务需经组织人事部门审批备案")]
    [InlineData("section.conduct", "能够认真贯彻执行党委政府交办的各项任务，工作作风深入扎实，积极为民服务，有较好的群众基础")]
    [InlineData("section.reserve-cadre", "培养对象由区委组织部优先在全区党政领导班子后备干部中确定")]
    public void Each_condition_quotes_the_words_it_covers(string id, string textZh) =>
        Assert.Equal(textZh, Criteria.Definition(id).TextZh);

    [Fact]
    public void Each_lead_in_condition_quotes_words_of_its_tiers_preamble()
    {
        Assert.Contains(Criteria.Definition("division.standing").TextZh, Criteria.Tiers[0].PreambleZh, StringComparison.Ordinal);
        Assert.Contains(Criteria.Definition("section.education").TextZh, Criteria.Tiers[1].PreambleZh, StringComparison.Ordinal);
        Assert.Contains(Criteria.Definition("section.potential").TextZh, Criteria.Tiers[1].PreambleZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_hard_condition_and_the_preference_carry_an_interpretation_note()
    {
        Assert.All(Criteria.Tiers.SelectMany(t => t.Conditions).Where(c => c.Kind != ConditionKind.Qualitative),
            c => Assert.False(string.IsNullOrWhiteSpace(c.InterpretationNote)));
        Assert.Contains("含正处级和副处级", Criteria.Definition("division.tenure").InterpretationNote);
        Assert.Contains("副科级不计", Criteria.Definition("section.tenure").InterpretationNote);
        Assert.Contains("不作为淘汰理由", Criteria.Definition("section.reserve-cadre").InterpretationNote);
    }

    [Fact]
    public void Qualitative_parts_read_no_fact_every_other_part_reads_some_and_all_are_about_the_person()
    {
        var all = Criteria.Tiers.SelectMany(t => t.Conditions).ToList();

        Assert.All(all.Where(c => c.Kind == ConditionKind.Qualitative), c => Assert.Empty(c.Facts));
        Assert.All(all.Where(c => c.Kind != ConditionKind.Qualitative), c => Assert.NotEmpty(c.Facts));
        Assert.All(all, c => Assert.Equal(ConditionSubject.Person, c.Subject));
        Assert.All(all, c => Assert.Empty(c.AnyOf));
    }

    [Fact]
    public void The_declared_facts_are_exactly_those_the_conditions_read_all_from_the_shared_vocabulary() =>
        Assert.Equal(
            ["divisionLevelSince", "grassrootsYears", "reserveCadre", "educationLevel", "sectionChiefSince", "sectionRankFiled"],
            Criteria.Facts.Select(f => f.Name));
}
