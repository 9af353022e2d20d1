using Kunpeng.Plugins.EnterpriseManagement;
using static Kunpeng.Plugins.Tests.Assessing;

namespace Kunpeng.Plugins.Tests.EnterpriseManagement;

/// <summary>三.3–三.4 骨干人才: person and enterprise conditions at their bounds and one unit past, the preference, missing facts.</summary>
public class EnterpriseBackboneTierTests
{
    private static readonly EnterpriseManagementCriteria Criteria = new();

    private static CandidateProfile Backbone(DateOnly birthDate) => new()
    {
        EnterpriseRole = EnterpriseRole.MiddleManagement,
        ManagementYears = 5,
        ProfessionalManagerCertified = true,
        BirthDate = birthDate,
        Enterprise = new() { RegisteredInDistrict = true, GrowthYears = 4, AnnualRevenue = 5_000_000m },
    };

    [Fact]
    public void An_enterprise_registered_and_operating_in_the_district_is_met_and_one_elsewhere_is_not()
    {
        Assert.Equal(ConditionStatus.Met,
            Criteria.Status("backbone.registered-in-district", new() { Enterprise = new() { RegisteredInDistrict = true } }));
        Assert.Equal(ConditionStatus.NotMet,
            Criteria.Status("backbone.registered-in-district", new() { Enterprise = new() { RegisteredInDistrict = false } }));
    }

    [Theory]
    [InlineData(EnterpriseRole.MiddleManagement, ConditionStatus.Met)]
    [InlineData(EnterpriseRole.CoreManagement, ConditionStatus.Met)]
    [InlineData(EnterpriseRole.FirstResponsible, ConditionStatus.Met)]
    [InlineData(EnterpriseRole.ResearchTeamLead, ConditionStatus.NotMet)]
    [InlineData(EnterpriseRole.Other, ConditionStatus.NotMet)]
    public void Middle_management_or_above_is_met_and_anything_below_or_beside_it_is_not(EnterpriseRole role, ConditionStatus expected) =>
        Assert.Equal(expected, Criteria.Status("backbone.middle-management", new() { EnterpriseRole = role }));

    [Fact]
    public void Management_years_of_exactly_3_are_met_and_2_are_not()
    {
        var outcome = Criteria.Outcome("backbone.management-years", new() { ManagementYears = 3 });

        Assert.Equal(ConditionStatus.Met, outcome.Status);
        Assert.Equal("3 年", outcome.Found);
        Assert.Equal("≥ 3 年", outcome.Required);
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("backbone.management-years", new() { ManagementYears = 2 }));
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("backbone.management-years", new() { ManagementYears = 2.5m }));
    }

    [Fact]
    public void The_professional_manager_qualification_is_hard_met_when_held_and_not_met_otherwise()
    {
        Assert.Equal(ConditionKind.Hard, Criteria.Definition("backbone.manager-qualification").Kind);
        Assert.Equal(ConditionStatus.Met, Criteria.Status("backbone.manager-qualification", new() { ProfessionalManagerCertified = true }));
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("backbone.manager-qualification", new() { ProfessionalManagerCertified = false }));
    }

    [Fact]
    public void Aged_45_is_preferred_the_last_day_aged_45_too_and_the_46th_birthday_not()
    {
        var outcome = Criteria.Outcome("backbone.younger", new() { BirthDate = Reference.AddYears(-45) });

        Assert.Equal(ConditionStatus.Met, outcome.Status);
        Assert.Equal("≤ 45 周岁", outcome.Required);
        Assert.Equal(ConditionStatus.Met, Criteria.Status("backbone.younger", new() { BirthDate = Reference.AddYears(-46).AddDays(1) }));
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("backbone.younger", new() { BirthDate = Reference.AddYears(-46) }));
    }

    [Fact]
    public void An_older_manager_is_reported_on_the_preference_only_and_rejects_nothing() =>
        Assessing.AssertPreferenceNeverRejects(Criteria, "backbone", "backbone.younger",
            Backbone(Reference.AddYears(-38)), Backbone(Reference.AddYears(-52)));

    [Fact]
    public void Growth_for_exactly_3_years_is_met_and_2_years_are_not()
    {
        var outcome = Criteria.Outcome("backbone.growth", new() { Enterprise = new() { GrowthYears = 3 } });

        Assert.Equal(ConditionStatus.Met, outcome.Status);
        Assert.Equal("≥ 3 年", outcome.Required);
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("backbone.growth", new() { Enterprise = new() { GrowthYears = 2 } }));
    }

    [Fact]
    public void Revenue_of_exactly_3_million_yuan_is_met_and_one_yuan_less_is_not()
    {
        var outcome = Criteria.Outcome("backbone.revenue", new() { Enterprise = new() { AnnualRevenue = 3_000_000m } });

        Assert.Equal(ConditionStatus.Met, outcome.Status);
        Assert.Equal("3,000,000 元", outcome.Found);
        Assert.Equal("≥ 3,000,000 元", outcome.Required);
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("backbone.revenue", new() { Enterprise = new() { AnnualRevenue = 2_999_999m } }));
    }

    [Fact]
    public void The_qualitative_parts_await_the_panel_whatever_the_facts() =>
        Assert.Equal(
            ["backbone.potential", "backbone.conduct", "backbone.management-ability", "backbone.resources", "backbone.prospects", "backbone.scale"],
            Criteria.TierOutcomes("backbone", Backbone(Reference.AddYears(-30))).Values
                .Where(o => o.Status == ConditionStatus.AwaitsPanel).Select(o => o.ConditionId));

    [Fact]
    public void An_empty_profile_leaves_every_checked_condition_undecided_naming_its_fact()
    {
        var outcomes = Criteria.TierOutcomes("backbone", new());

        Assert.Equal(["enterprise.registeredInDistrict"], outcomes["backbone.registered-in-district"].MissingFacts);
        Assert.Equal(["enterpriseRole"], outcomes["backbone.middle-management"].MissingFacts);
        Assert.Equal(["managementYears"], outcomes["backbone.management-years"].MissingFacts);
        Assert.Equal(["professionalManagerCertified"], outcomes["backbone.manager-qualification"].MissingFacts);
        Assert.Equal(["birthDate"], outcomes["backbone.younger"].MissingFacts);
        Assert.Equal(["enterprise.growthYears"], outcomes["backbone.growth"].MissingFacts);
        Assert.Equal(["enterprise.annualRevenue"], outcomes["backbone.revenue"].MissingFacts);
        Assert.All(outcomes.Values.Where(o => o.MissingFacts.Count > 0), o => Assert.Equal(ConditionStatus.Undecided, o.Status));
    }

    [Fact]
    public void A_qualified_manager_meets_every_checked_condition() =>
        Assert.All(Criteria.TierOutcomes("backbone", Backbone(Reference.AddYears(-35))).Values,
            o => Assert.Contains(o.Status, new[] { ConditionStatus.Met, ConditionStatus.AwaitsPanel }));
}
