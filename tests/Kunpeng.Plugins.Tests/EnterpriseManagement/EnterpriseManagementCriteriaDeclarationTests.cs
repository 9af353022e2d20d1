using Kunpeng.Plugins.EnterpriseManagement;

namespace Kunpeng.Plugins.Tests.EnterpriseManagement;

/// <summary>企业经营管理 三、选拔条件: every numbered clause and each lead-in, about the person or the enterprise, with number, words and kind.</summary>
public class EnterpriseManagementCriteriaDeclarationTests
{
    private static readonly EnterpriseManagementCriteria Criteria = new();

    [Fact]
    public void It_serves_the_enterprise_management_domain_with_the_organizers_tiers()
    {
        Assert.Equal("enterprise-management", Criteria.DomainId);
        Assert.Equal(new EnterpriseManagementOrganizer().Profile.Tiers.Select(t => t.Id), Criteria.Tiers.Select(t => t.TierId));
    }

    [Fact]
    public void Each_tiers_preamble_keeps_the_person_lead_in_and_the_enterprise_lead_in_one_per_line()
    {
        var top = Criteria.Tiers[0].PreambleZh.Split('\n');
        var backbone = Criteria.Tiers[1].PreambleZh.Split('\n');

        Assert.Equal(2, top.Length);
        Assert.StartsWith("拔尖人才人选，指企业第一负责人，包括担任企业法人代表、董事长或总经理等主要领导职务。", top[0], StringComparison.Ordinal);
        Assert.EndsWith("同时人选个人需具备下列条件：", top[0], StringComparison.Ordinal);
        Assert.Equal("拔尖人才人选所在企业需具备下列条件：", top[1]);
        Assert.Equal(2, backbone.Length);
        Assert.Equal("骨干人才人选，指在我区注册经营的实体企业的中层以上，企业认定的具有培养潜力的高级经营管理人员。人选个人同时需具备下列条件：", backbone[0]);
        Assert.Equal("骨干人才人选所在企业需具备以下条件：", backbone[1]);
    }

    [Fact]
    public void Top_tier_declares_the_role_group_every_part_of_clauses_1_and_2_in_order() =>
        Assert.Equal(
        [
            ("top.role", "三.1", ConditionKind.Hard),
            ("top.conduct", "三.1.(1)", ConditionKind.Qualitative),
            ("top.innovation-spirit", "三.1.(2)", ConditionKind.Qualitative),
            ("top.social-responsibility", "三.1.(3)", ConditionKind.Qualitative),
            ("top.education-or-title", "三.1.(4)", ConditionKind.General),
            ("top.development", "三.2.(1)", ConditionKind.Qualitative),
            ("top.industry-policy", "三.2.(2)", ConditionKind.Qualitative),
            ("top.modern-enterprise-system", "三.2.(3)", ConditionKind.Qualitative),
            ("top.core-ip", "三.2.(3)", ConditionKind.Hard),
            ("top.innovation-capacity", "三.2.(3)", ConditionKind.Qualitative),
            ("top.public-image", "三.2.(4)", ConditionKind.Qualitative),
            ("top.credit", "三.2.(4)", ConditionKind.Hard),
            ("top.no-high-pollution", "三.2.(4)", ConditionKind.Hard),
            ("top.no-major-incidents", "三.2.(4)", ConditionKind.Hard),
            ("top.party-building", "三.2.(5)", ConditionKind.Qualitative),
            ("top.party-organization", "三.2.(5)", ConditionKind.Preference),
        ],
        Criteria.Declared("top"));

    [Fact]
    public void Backbone_tier_declares_its_lead_in_and_every_part_of_clauses_3_and_4_in_order() =>
        Assert.Equal(
        [
            ("backbone.registered-in-district", "三.3", ConditionKind.Hard),
            ("backbone.middle-management", "三.3", ConditionKind.Hard),
            ("backbone.potential", "三.3", ConditionKind.Qualitative),
            ("backbone.conduct", "三.3.(1)", ConditionKind.Qualitative),
            ("backbone.management-ability", "三.3.(2)", ConditionKind.Qualitative),
            ("backbone.management-years", "三.3.(3)", ConditionKind.General),
            ("backbone.manager-qualification", "三.3.(3)", ConditionKind.Hard),
            ("backbone.younger", "三.3.(3)", ConditionKind.Preference),
            ("backbone.growth", "三.4.(1)", ConditionKind.Hard),
            ("backbone.resources", "三.4.(1)", ConditionKind.Qualitative),
            ("backbone.prospects", "三.4.(1)", ConditionKind.Qualitative),
            ("backbone.scale", "三.4.(2)", ConditionKind.Qualitative),
            ("backbone.revenue", "三.4.(2)", ConditionKind.Hard),
        ],
        Criteria.Declared("backbone"));

    [Fact]
    public void The_role_group_has_four_hard_alternatives_and_no_qualitative_one()
    {
        var role = Criteria.Definition("top.role");

        Assert.Equal(
        [
            ("top.role.first-responsible", "企业第一负责人，包括担任企业法人代表、董事长或总经理等主要领导职务"),
            ("top.role.core-management", "从事企业核心管理工作"),
            ("top.role.research-team-lead", "带领重要科研团队"),
            ("top.role.honour", "获得过国家及天津市级优秀人物称号"),
        ],
        role.AnyOf.Select(a => (a.Id, a.TextZh)));
        Assert.All(role.AnyOf, a => Assert.Equal(ConditionKind.Hard, a.Kind));
        Assert.Equal(["enterpriseRole", "honours"], role.Facts);
        Assert.Contains("“等条件”视为列举完毕", role.InterpretationNote);
    }

    [Fact]
    public void Conditions_of_clauses_2_and_4_and_the_district_registration_are_about_the_enterprise_the_rest_about_the_person()
    {
        var all = Criteria.Tiers.SelectMany(t => t.Conditions).ToList();
        bool AboutEnterprise(ConditionDefinition c) =>
            c.Clause.StartsWith("三.2", StringComparison.Ordinal) || c.Clause.StartsWith("三.4", StringComparison.Ordinal)
            || c.Id == "backbone.registered-in-district";

        Assert.All(all.Where(AboutEnterprise), c => Assert.Equal(ConditionSubject.Enterprise, c.Subject));
        Assert.All(all.Where(c => !AboutEnterprise(c)), c => Assert.Equal(ConditionSubject.Person, c.Subject));
        Assert.Equal(17, all.Count(AboutEnterprise));
    }

    [Theory]
    [InlineData("top.education-or-title", "一般应具有专科以上学历或副高以上职称")]
    [InlineData("top.core-ip", "工业、软件、通讯等类型企业拥有知识产权的核心技术")]
    [InlineData("top.credit", "会计信用、纳税信用和银行信用良好")]
    [InlineData("top.no-high-pollution", "未涉足高污染行业或未涉及高污染项目")]
    [InlineData("top.no-major-incidents", "连续3年未发生重大劳动争议、安全生产事故及破坏市场经济秩序等行为")]
    [InlineData("top.party-building", "支持非公党建工作")]
    [InlineData("top.party-organization", "所领导企业设立了基层党组织的优先考虑")]
    [InlineData("backbone.registered-in-district", "在我区注册经营的实体企业")]
    [InlineData("backbone.middle-management", "中层以上")]
    [InlineData("backbone.management-years", "一般应在企业经营管理工作岗位工作三年以上")]
    [InlineData("backbone.manager-qualification", "具备职业经理人资格")]
    [InlineData("backbone.younger", "具有潜质的中青年企业经营管理人才优先")]
    [InlineData("backbone.growth", "所在企业在一定时期（3年以上，含3年）内……不同程度地表现出整体扩张态势")]
    [InlineData("backbone.revenue", "年主营业务收入300万元以上")]
    public void Each_condition_quotes_the_words_it_covers(string id, string textZh) =>
        Assert.Equal(textZh, Criteria.Definition(id).TextZh);

    [Fact]
    public void Each_lead_in_condition_quotes_words_of_its_tiers_preamble()
    {
        Assert.Contains(Criteria.Definition("top.role").TextZh, Criteria.Tiers[0].PreambleZh, StringComparison.Ordinal);
        foreach (var id in new[] { "backbone.registered-in-district", "backbone.middle-management", "backbone.potential" })
        {
            Assert.Contains(Criteria.Definition(id).TextZh, Criteria.Tiers[1].PreambleZh, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Yiban_in_3_3_3_governs_only_the_management_years_and_says_so_on_every_part_of_the_clause()
    {
        var clause = Criteria.Tiers[1].Conditions.Where(c => c.Clause == "三.3.(3)").ToList();

        Assert.Equal(3, clause.Count);
        Assert.Equal(ConditionKind.General, clause.Single(c => c.Id == "backbone.management-years").Kind);
        Assert.Equal(ConditionKind.Hard, clause.Single(c => c.Id == "backbone.manager-qualification").Kind);
        Assert.Equal(ConditionKind.Preference, clause.Single(c => c.Id == "backbone.younger").Kind);
        Assert.All(clause, c => Assert.Contains("“一般”只修饰紧随其后的任职年限条件", c.InterpretationNote));
    }

    [Fact]
    public void Qualitative_parts_read_no_fact_and_every_other_part_reads_some()
    {
        var all = Criteria.Tiers.SelectMany(t => t.Conditions).ToList();

        Assert.All(all.Where(c => c.Kind == ConditionKind.Qualitative), c => Assert.Empty(c.Facts));
        Assert.All(all.Where(c => c.Kind != ConditionKind.Qualitative), c => Assert.NotEmpty(c.Facts));
    }

    [Fact]
    public void The_declared_facts_are_exactly_those_the_conditions_read_all_from_the_shared_vocabulary() =>
        Assert.Equal(
            ["enterpriseRole", "honours", "educationLevel", "professionalTitle", "enterprise.industry", "enterprise.ownsCoreIp",
             "enterprise.goodCredit", "enterprise.highPollution", "enterprise.majorIncidents3y", "enterprise.hasPartyOrganization",
             "enterprise.registeredInDistrict", "managementYears", "professionalManagerCertified", "birthDate",
             "enterprise.growthYears", "enterprise.annualRevenue"],
            Criteria.Facts.Select(f => f.Name));
}
