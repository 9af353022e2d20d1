using Kunpeng.Plugins.EnterpriseManagement;

namespace Kunpeng.Plugins.Tests.EnterpriseManagement;

/// <summary>三.1–三.2 拔尖人才: the role group's every branch, the general education-or-title, the enterprise's hard conditions, the preference.</summary>
public class EnterpriseTopTierTests
{
    private static readonly EnterpriseManagementCriteria Criteria = new();

    private static CandidateProfile Top(bool? hasPartyOrganization = true) => new()
    {
        EnterpriseRole = EnterpriseRole.FirstResponsible,
        Honours = [],
        EducationLevel = EducationLevel.Bachelor,
        ProfessionalTitle = ProfessionalTitle.None,
        Enterprise = new()
        {
            Industry = Industry.Software,
            OwnsCoreIp = true,
            GoodCredit = true,
            HighPollution = false,
            MajorIncidents3y = false,
            HasPartyOrganization = hasPartyOrganization,
        },
    };

    private static ConditionOutcome Role(EnterpriseRole? role, params HonourRecord[] honours) =>
        Criteria.Outcome("top.role", new() { EnterpriseRole = role, Honours = honours });

    [Theory]
    [InlineData(EnterpriseRole.FirstResponsible, 0)]
    [InlineData(EnterpriseRole.CoreManagement, 1)]
    [InlineData(EnterpriseRole.ResearchTeamLead, 2)]
    public void Each_role_alternative_alone_meets_the_role_group(EnterpriseRole role, int alternative)
    {
        var outcome = Role(role);

        Assert.Equal(ConditionStatus.Met, outcome.Status);
        Assert.Equal("满足下列条件之一", outcome.Required);
        Assert.Equal(ConditionStatus.Met, outcome.Alternatives[alternative].Status);
        Assert.Single(outcome.Alternatives, a => a.Status == ConditionStatus.Met);
    }

    [Fact]
    public void A_middle_manager_with_a_national_or_municipal_honour_from_any_year_meets_the_role_group()
    {
        var national = Role(EnterpriseRole.MiddleManagement, new HonourRecord(2001, ProjectLevel.National));

        Assert.Equal(ConditionStatus.Met, national.Status);
        Assert.Equal("国家级或天津市级 1 项", national.Alternatives[3].Found);
        Assert.Equal("国家级或天津市级 ≥ 1 项", national.Alternatives[3].Required);
        Assert.Equal(ConditionStatus.Met, Role(EnterpriseRole.Other, new HonourRecord(2015, ProjectLevel.Municipal)).Status);
    }

    [Fact]
    public void A_district_honour_does_not_meet_it_and_with_no_other_alternative_the_group_is_not_met()
    {
        var outcome = Role(EnterpriseRole.MiddleManagement, new HonourRecord(2014, ProjectLevel.District));

        Assert.Equal(ConditionStatus.NotMet, outcome.Status);
        Assert.All(outcome.Alternatives, a => Assert.Equal(ConditionStatus.NotMet, a.Status));
        Assert.Empty(outcome.MissingFacts);
    }

    [Fact]
    public void A_municipal_honour_dated_after_the_reference_year_does_not_count() =>
        Assert.Equal(ConditionStatus.NotMet, Role(EnterpriseRole.Other, new HonourRecord(2016, ProjectLevel.Municipal)).Status);

    [Fact]
    public void The_role_group_never_awaits_the_panel_because_none_of_its_alternatives_is_qualitative()
    {
        var outcome = Role(EnterpriseRole.Other);

        Assert.Equal(ConditionStatus.NotMet, outcome.Status);
        Assert.DoesNotContain(outcome.Alternatives, a => a.Status == ConditionStatus.AwaitsPanel);
    }

    [Fact]
    public void Without_the_role_and_no_qualifying_honour_the_group_is_undecided_naming_the_role()
    {
        var outcome = Role(null);

        Assert.Equal(ConditionStatus.Undecided, outcome.Status);
        Assert.Equal(["enterpriseRole"], outcome.MissingFacts);
    }

    [Fact]
    public void A_role_that_does_not_qualify_and_honours_not_given_is_undecided_naming_the_honours()
    {
        var outcome = Criteria.Outcome("top.role", new() { EnterpriseRole = EnterpriseRole.MiddleManagement });

        Assert.Equal(ConditionStatus.Undecided, outcome.Status);
        Assert.Equal(["honours"], outcome.MissingFacts);
    }

    [Fact]
    public void A_first_responsible_person_meets_the_group_even_when_honours_were_not_given() =>
        Assert.Equal(ConditionStatus.Met, Criteria.Status("top.role", new() { EnterpriseRole = EnterpriseRole.FirstResponsible }));

    [Fact]
    public void An_associate_degree_meets_the_education_branch()
    {
        var outcome = Criteria.Outcome("top.education-or-title", new() { EducationLevel = EducationLevel.Associate });

        Assert.Equal(ConditionStatus.Met, outcome.Status);
        Assert.Equal(ConditionKind.General, Criteria.Definition("top.education-or-title").Kind);
    }

    [Fact]
    public void An_associate_senior_title_meets_the_title_branch_without_the_degree() =>
        Assert.Equal(ConditionStatus.Met, Criteria.Status("top.education-or-title", new()
        {
            EducationLevel = EducationLevel.Secondary,
            ProfessionalTitle = ProfessionalTitle.AssociateSenior,
        }));

    [Fact]
    public void Secondary_education_and_an_intermediate_title_are_one_unit_short_on_both_branches()
    {
        var outcome = Criteria.Outcome("top.education-or-title", new()
        {
            EducationLevel = EducationLevel.Secondary,
            ProfessionalTitle = ProfessionalTitle.Intermediate,
        });

        Assert.Equal(ConditionStatus.NotMet, outcome.Status);
        Assert.Equal("学历：高中/中专；专业技术职务：中级", outcome.Found);
        Assert.Equal("学历：≥ 大专；或 专业技术职务：≥ 副高级", outcome.Required);
    }

    [Fact]
    public void A_degree_short_of_the_bound_with_the_title_unknown_is_undecided_naming_the_title()
    {
        var outcome = Criteria.Outcome("top.education-or-title", new() { EducationLevel = EducationLevel.Secondary });

        Assert.Equal(ConditionStatus.Undecided, outcome.Status);
        Assert.Equal(["professionalTitle"], outcome.MissingFacts);
    }

    [Theory]
    [InlineData(Industry.Industrial, true, ConditionStatus.Met)]
    [InlineData(Industry.Industrial, false, ConditionStatus.NotMet)]
    [InlineData(Industry.Software, false, ConditionStatus.NotMet)]
    [InlineData(Industry.Telecom, false, ConditionStatus.NotMet)]
    [InlineData(Industry.Telecom, true, ConditionStatus.Met)]
    [InlineData(Industry.Services, false, ConditionStatus.Met)]
    [InlineData(Industry.Other, false, ConditionStatus.Met)]
    public void Core_ip_binds_industrial_software_and_telecom_enterprises_only(Industry industry, bool ownsCoreIp, ConditionStatus expected) =>
        Assert.Equal(expected, Criteria.Status("top.core-ip", new() { Enterprise = new() { Industry = industry, OwnsCoreIp = ownsCoreIp } }));

    [Fact]
    public void A_service_enterprise_meets_core_ip_without_saying_whether_it_owns_any() =>
        Assert.Equal(ConditionStatus.Met, Criteria.Status("top.core-ip", new() { Enterprise = new() { Industry = Industry.Services } }));

    [Fact]
    public void Owning_core_ip_meets_it_even_when_the_industry_is_not_given() =>
        Assert.Equal(ConditionStatus.Met, Criteria.Status("top.core-ip", new() { Enterprise = new() { OwnsCoreIp = true } }));

    [Fact]
    public void Core_ip_is_undecided_naming_what_could_still_decide_it()
    {
        Assert.Equal(["enterprise.ownsCoreIp"],
            Criteria.Outcome("top.core-ip", new() { Enterprise = new() { Industry = Industry.Industrial } }).MissingFacts);
        Assert.Equal(["enterprise.industry"],
            Criteria.Outcome("top.core-ip", new() { Enterprise = new() { OwnsCoreIp = false } }).MissingFacts);
        Assert.Equal(["enterprise.industry", "enterprise.ownsCoreIp"], Criteria.Outcome("top.core-ip", new()).MissingFacts);
    }

    [Fact]
    public void Good_credit_is_met_and_poor_credit_is_not()
    {
        Assert.Equal(ConditionStatus.Met, Criteria.Status("top.credit", new() { Enterprise = new() { GoodCredit = true } }));
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("top.credit", new() { Enterprise = new() { GoodCredit = false } }));
    }

    [Fact]
    public void No_high_pollution_is_met_and_a_high_pollution_business_is_not()
    {
        var clean = Criteria.Outcome("top.no-high-pollution", new() { Enterprise = new() { HighPollution = false } });

        Assert.Equal(ConditionStatus.Met, clean.Status);
        Assert.Equal("否", clean.Found);
        Assert.Equal("否", clean.Required);
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("top.no-high-pollution", new() { Enterprise = new() { HighPollution = true } }));
    }

    [Fact]
    public void Three_clean_years_are_met_and_a_major_incident_is_not()
    {
        Assert.Equal(ConditionStatus.Met, Criteria.Status("top.no-major-incidents", new() { Enterprise = new() { MajorIncidents3y = false } }));
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("top.no-major-incidents", new() { Enterprise = new() { MajorIncidents3y = true } }));
    }

    [Fact]
    public void An_enterprise_without_a_party_organization_is_reported_on_the_preference_only_and_rejects_nothing() =>
        Assessing.AssertPreferenceNeverRejects(Criteria, "top", "top.party-organization", Top(hasPartyOrganization: true), Top(hasPartyOrganization: false));

    [Fact]
    public void The_qualitative_parts_await_the_panel_whatever_the_facts()
    {
        var outcomes = Criteria.TierOutcomes("top", Top());

        Assert.Equal(
            ["top.conduct", "top.innovation-spirit", "top.social-responsibility", "top.development", "top.industry-policy",
             "top.modern-enterprise-system", "top.innovation-capacity", "top.public-image", "top.party-building"],
            outcomes.Values.Where(o => o.Status == ConditionStatus.AwaitsPanel).Select(o => o.ConditionId));
    }

    [Fact]
    public void An_empty_profile_leaves_every_checked_condition_undecided_naming_its_facts()
    {
        var outcomes = Criteria.TierOutcomes("top", new());

        Assert.Equal(["enterpriseRole", "honours"], outcomes["top.role"].MissingFacts);
        Assert.Equal(["educationLevel", "professionalTitle"], outcomes["top.education-or-title"].MissingFacts);
        Assert.Equal(["enterprise.industry", "enterprise.ownsCoreIp"], outcomes["top.core-ip"].MissingFacts);
        Assert.Equal(["enterprise.goodCredit"], outcomes["top.credit"].MissingFacts);
        Assert.Equal(["enterprise.highPollution"], outcomes["top.no-high-pollution"].MissingFacts);
        Assert.Equal(["enterprise.majorIncidents3y"], outcomes["top.no-major-incidents"].MissingFacts);
        Assert.Equal(["enterprise.hasPartyOrganization"], outcomes["top.party-organization"].MissingFacts);
        Assert.All(outcomes.Values.Where(o => o.MissingFacts.Count > 0), o => Assert.Equal(ConditionStatus.Undecided, o.Status));
    }

    [Fact]
    public void A_qualified_first_responsible_person_meets_every_checked_condition() =>
        Assert.All(Criteria.TierOutcomes("top", Top()).Values,
            o => Assert.Contains(o.Status, new[] { ConditionStatus.Met, ConditionStatus.AwaitsPanel }));
}
