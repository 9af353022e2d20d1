using Kunpeng.Plugins.PartyGovernment;
using static Kunpeng.Plugins.Tests.Assessing;

namespace Kunpeng.Plugins.Tests.PartyGovernment;

/// <summary>三.1 优秀处级干部: each checked condition at its bound and one unit past it, missing facts, the preference.</summary>
public class DivisionTierTests
{
    private static readonly PartyGovernmentCriteria Criteria = new();

    private static readonly CandidateProfile Qualified = new()
    {
        DivisionLevelSince = new(2010, 3, 1),
        GrassrootsYears = 6,
        ReserveCadre = true,
    };

    [Fact]
    public void A_division_tenure_of_exactly_3_years_on_the_reference_date_is_met()
    {
        var outcome = Criteria.Outcome("division.tenure", new() { DivisionLevelSince = Reference.AddYears(-3) });

        Assert.Equal(ConditionStatus.Met, outcome.Status);
        Assert.Equal("3 年（2012-10-31 起）", outcome.Found);
        Assert.Equal("≥ 3 年", outcome.Required);
    }

    [Fact]
    public void A_division_tenure_one_day_short_of_3_years_is_not_met()
    {
        var outcome = Criteria.Outcome("division.tenure", new() { DivisionLevelSince = Reference.AddYears(-3).AddDays(1) });

        Assert.Equal(ConditionStatus.NotMet, outcome.Status);
        Assert.Equal("2 年（2012-11-01 起）", outcome.Found);
    }

    [Fact]
    public void Grassroots_experience_of_exactly_2_years_is_met_and_1_year_is_not()
    {
        var outcome = Criteria.Outcome("division.grassroots", new() { GrassrootsYears = 2 });

        Assert.Equal(ConditionStatus.Met, outcome.Status);
        Assert.Equal("2 年", outcome.Found);
        Assert.Equal("≥ 2 年", outcome.Required);
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("division.grassroots", new() { GrassrootsYears = 1 }));
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("division.grassroots", new() { GrassrootsYears = 1.9m }));
    }

    [Fact]
    public void The_qualitative_clauses_await_the_panel_whatever_the_facts()
    {
        var outcomes = Criteria.TierOutcomes("division", Qualified);

        Assert.Equal(ConditionStatus.AwaitsPanel, outcomes["division.standing"].Status);
        Assert.Equal(ConditionStatus.AwaitsPanel, outcomes["division.political-integrity"].Status);
        Assert.Equal(ConditionStatus.AwaitsPanel, outcomes["division.effective-work"].Status);
    }

    [Fact]
    public void Not_being_a_reserve_cadre_is_reported_on_the_preference_only_and_rejects_nothing() =>
        AssertPreferenceNeverRejects(Criteria, "division", "division.reserve-cadre",
            Qualified, new() { DivisionLevelSince = Qualified.DivisionLevelSince, GrassrootsYears = Qualified.GrassrootsYears, ReserveCadre = false });

    [Fact]
    public void An_empty_profile_leaves_every_checked_condition_undecided_naming_its_fact()
    {
        var outcomes = Criteria.TierOutcomes("division", new());

        Assert.Equal(["divisionLevelSince"], outcomes["division.tenure"].MissingFacts);
        Assert.Equal(["grassrootsYears"], outcomes["division.grassroots"].MissingFacts);
        Assert.Equal(["reserveCadre"], outcomes["division.reserve-cadre"].MissingFacts);
        Assert.All(outcomes.Values.Where(o => o.MissingFacts.Count > 0), o => Assert.Equal(ConditionStatus.Undecided, o.Status));
        Assert.Equal(3, outcomes.Values.Count(o => o.Status == ConditionStatus.AwaitsPanel));
    }

    [Fact]
    public void A_qualified_cadre_meets_every_checked_condition_and_the_rest_awaits_the_panel() =>
        Assert.All(Criteria.TierOutcomes("division", Qualified).Values,
            o => Assert.Contains(o.Status, new[] { ConditionStatus.Met, ConditionStatus.AwaitsPanel }));
}
