using Kunpeng.Plugins.SocialWork;
using static Kunpeng.Plugins.Tests.Assessing;

namespace Kunpeng.Plugins.Tests.SocialWork;

/// <summary>社会 三.1 and 三.2: age and years of direct service at their bounds and one unit past, missing facts, the panel's clauses.</summary>
public class SocialWorkTierTests
{
    private static readonly SocialWorkCriteria Criteria = new();

    [Fact]
    public void Top_aged_55_is_met_and_the_56th_birthday_is_not()
    {
        var outcome = Criteria.Outcome("top.age", new() { BirthDate = LastDayAged(55) });

        Assert.Equal(ConditionStatus.Met, outcome.Status);
        Assert.Equal("55 周岁", outcome.Found);
        Assert.Equal("≤ 55 周岁", outcome.Required);
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("top.age", new() { BirthDate = Aged(56) }));
    }

    [Fact]
    public void The_top_age_limit_has_no_womens_limit_and_needs_no_gender()
    {
        var outcome = Criteria.Outcome("top.age", new() { BirthDate = Aged(53), Gender = Gender.Female });

        Assert.Equal(ConditionStatus.Met, outcome.Status);
        Assert.Equal(ConditionStatus.Met, Criteria.Status("top.age", new() { BirthDate = Aged(53) }));
    }

    [Fact]
    public void Top_service_of_exactly_10_years_is_met_and_9_or_9_and_a_half_are_not()
    {
        var outcome = Criteria.Outcome("top.service-years", new() { SocialWorkYears = 10 });

        Assert.Equal(ConditionStatus.Met, outcome.Status);
        Assert.Equal("10 年", outcome.Found);
        Assert.Equal("≥ 10 年", outcome.Required);
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("top.service-years", new() { SocialWorkYears = 9 }));
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("top.service-years", new() { SocialWorkYears = 9.5m }));
    }

    [Fact]
    public void Backbone_aged_40_is_met_and_the_41st_birthday_is_not()
    {
        Assert.Equal(ConditionStatus.Met, Criteria.Status("backbone.age", new() { BirthDate = LastDayAged(40) }));
        Assert.Equal(ConditionStatus.Met, Criteria.Status("backbone.age", new() { BirthDate = Aged(40) }));
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("backbone.age", new() { BirthDate = Aged(41) }));
    }

    [Fact]
    public void Backbone_service_of_exactly_5_years_is_met_and_4_are_not()
    {
        Assert.Equal(ConditionStatus.Met, Criteria.Status("backbone.service-years", new() { SocialWorkYears = 5 }));
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("backbone.service-years", new() { SocialWorkYears = 4 }));
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("backbone.service-years", new() { SocialWorkYears = 4.9m }));
    }

    [Fact]
    public void Ten_years_meet_the_top_tier_and_therefore_the_backbone_tier_too()
    {
        var tiers = Criteria.Assess(new() { SocialWorkYears = 10 }, Reference);

        Assert.Equal(ConditionStatus.Met, tiers[0].Outcomes.Single(o => o.ConditionId == "top.service-years").Status);
        Assert.Equal(ConditionStatus.Met, tiers[1].Outcomes.Single(o => o.ConditionId == "backbone.service-years").Status);
    }

    [Fact]
    public void The_qualitative_clauses_await_the_panel_whatever_the_facts()
    {
        CandidateProfile strong = new() { BirthDate = Aged(35), SocialWorkYears = 20 };

        Assert.Equal(ConditionStatus.AwaitsPanel, Criteria.Status("top.professional-excellence", strong));
        Assert.Equal(ConditionStatus.AwaitsPanel, Criteria.Status("backbone.professional-competence", strong));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void An_empty_profile_leaves_age_and_service_undecided_naming_their_facts(int tier) =>
        Assert.Equal(
        [
            (ConditionStatus.Undecided, (IReadOnlyList<string>)["birthDate"]),
            (ConditionStatus.Undecided, ["socialWorkYears"]),
            (ConditionStatus.AwaitsPanel, []),
        ],
        Criteria.Assess(new(), Reference)[tier].Outcomes.Select(o => (o.Status, o.MissingFacts)));
}
