using Kunpeng.Plugins.PartyGovernment;
using static Kunpeng.Plugins.Tests.Assessing;

namespace Kunpeng.Plugins.Tests.PartyGovernment;

/// <summary>三.2 优秀科级干部: the lead-in's education, each checked condition at its bound and past it, missing facts, the preference.</summary>
public class SectionTierTests
{
    private static readonly PartyGovernmentCriteria Criteria = new();

    private static readonly CandidateProfile Qualified = new()
    {
        EducationLevel = EducationLevel.Bachelor,
        SectionChiefSince = new(2011, 6, 1),
        SectionRankFiled = true,
        ReserveCadre = true,
    };

    [Fact]
    public void A_bachelor_degree_from_the_lead_in_is_met_and_an_associate_degree_is_not()
    {
        var outcome = Criteria.Outcome("section.education", new() { EducationLevel = EducationLevel.Bachelor });

        Assert.Equal(ConditionStatus.Met, outcome.Status);
        Assert.Equal("本科", outcome.Found);
        Assert.Equal("≥ 本科", outcome.Required);
        Assert.Equal(ConditionStatus.Met, Criteria.Status("section.education", new() { EducationLevel = EducationLevel.Doctorate }));
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("section.education", new() { EducationLevel = EducationLevel.Associate }));
    }

    [Fact]
    public void A_full_section_tenure_of_exactly_3_years_is_met_and_one_day_short_is_not()
    {
        var outcome = Criteria.Outcome("section.tenure", new() { SectionChiefSince = Reference.AddYears(-3) });

        Assert.Equal(ConditionStatus.Met, outcome.Status);
        Assert.Equal("≥ 3 年", outcome.Required);
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("section.tenure", new() { SectionChiefSince = Reference.AddYears(-3).AddDays(1) }));
    }

    [Fact]
    public void A_rank_approved_and_filed_is_met_and_one_not_filed_is_not()
    {
        var outcome = Criteria.Outcome("section.rank-filed", new() { SectionRankFiled = true });

        Assert.Equal(ConditionStatus.Met, outcome.Status);
        Assert.Equal("是", outcome.Found);
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("section.rank-filed", new() { SectionRankFiled = false }));
    }

    [Fact]
    public void The_qualitative_parts_await_the_panel()
    {
        var outcomes = Criteria.TierOutcomes("section", Qualified);

        Assert.Equal(ConditionStatus.AwaitsPanel, outcomes["section.potential"].Status);
        Assert.Equal(ConditionStatus.AwaitsPanel, outcomes["section.conduct"].Status);
    }

    [Fact]
    public void Not_being_a_reserve_cadre_is_reported_on_the_preference_only_and_rejects_nothing() =>
        AssertPreferenceNeverRejects(Criteria, "section", "section.reserve-cadre", Qualified, new()
        {
            EducationLevel = Qualified.EducationLevel,
            SectionChiefSince = Qualified.SectionChiefSince,
            SectionRankFiled = Qualified.SectionRankFiled,
            ReserveCadre = false,
        });

    [Fact]
    public void An_empty_profile_leaves_every_checked_condition_undecided_naming_its_fact()
    {
        var outcomes = Criteria.TierOutcomes("section", new());

        Assert.Equal(["educationLevel"], outcomes["section.education"].MissingFacts);
        Assert.Equal(["sectionChiefSince"], outcomes["section.tenure"].MissingFacts);
        Assert.Equal(["sectionRankFiled"], outcomes["section.rank-filed"].MissingFacts);
        Assert.Equal(["reserveCadre"], outcomes["section.reserve-cadre"].MissingFacts);
        Assert.All(outcomes.Values.Where(o => o.MissingFacts.Count > 0), o => Assert.Equal(ConditionStatus.Undecided, o.Status));
    }

    [Fact]
    public void A_division_cadres_facts_do_not_decide_the_section_tier()
    {
        var outcomes = Criteria.TierOutcomes("section", new() { DivisionLevelSince = new(2005, 1, 1), GrassrootsYears = 10 });

        Assert.Equal(ConditionStatus.Undecided, outcomes["section.tenure"].Status);
        Assert.Equal(["sectionChiefSince"], outcomes["section.tenure"].MissingFacts);
    }

    [Fact]
    public void A_qualified_cadre_meets_every_checked_condition_and_the_rest_awaits_the_panel() =>
        Assert.All(Criteria.TierOutcomes("section", Qualified).Values,
            o => Assert.Contains(o.Status, new[] { ConditionStatus.Met, ConditionStatus.AwaitsPanel }));
}
