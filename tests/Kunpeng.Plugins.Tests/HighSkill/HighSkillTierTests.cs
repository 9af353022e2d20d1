using Kunpeng.Plugins.HighSkill;
using static Kunpeng.Plugins.Tests.Assessing;

namespace Kunpeng.Plugins.Tests.HighSkill;

/// <summary>高技能: every checked condition at its bound and one unit past it, missing facts, the panel's parts.</summary>
public class HighSkillTierTests
{
    private static readonly HighSkillCriteria Criteria = new();

    [Fact]
    public void Every_top_condition_awaits_the_panel_whatever_the_profile()
    {
        Assert.All(Criteria.Tier("top", new()), o => Assert.Equal(ConditionStatus.AwaitsPanel, o.Status));
        Assert.All(Criteria.Tier("top", new() { EducationLevel = EducationLevel.None, VocationalLevel = 5 }),
            o => Assert.Equal(ConditionStatus.AwaitsPanel, o.Status));
    }

    [Fact]
    public void Aged_40_on_the_reference_date_is_met()
    {
        var outcome = Criteria.Outcome("backbone.age", new() { BirthDate = Aged(40) });

        Assert.Equal(ConditionStatus.Met, outcome.Status);
        Assert.Equal("40 周岁", outcome.Found);
        Assert.Equal("≤ 40 周岁", outcome.Required);
    }

    [Fact]
    public void The_last_day_aged_40_is_met_and_the_41st_birthday_is_not()
    {
        Assert.Equal(ConditionStatus.Met, Criteria.Status("backbone.age", new() { BirthDate = Aged(41).AddDays(1) }));
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("backbone.age", new() { BirthDate = Aged(41) }));
    }

    [Fact]
    public void The_age_limit_is_the_same_for_women_and_never_asks_for_gender()
    {
        Assert.Equal(ConditionStatus.Met, Criteria.Status("backbone.age", new() { BirthDate = Aged(40), Gender = Gender.Female }));
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("backbone.age", new() { BirthDate = Aged(41), Gender = Gender.Female }));
        Assert.Equal(["birthDate"], Criteria.Definition("backbone.age").Facts);
    }

    [Fact]
    public void An_associate_degree_is_met_and_secondary_education_is_not()
    {
        var outcome = Criteria.Outcome("backbone.education", new() { EducationLevel = EducationLevel.Associate });

        Assert.Equal(ConditionStatus.Met, outcome.Status);
        Assert.Equal("≥ 大专", outcome.Required);
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("backbone.education", new() { EducationLevel = EducationLevel.Secondary }));
    }

    [Fact]
    public void Vocational_level_4_is_met_and_level_5_is_not()
    {
        var outcome = Criteria.Outcome("backbone.vocational-qualification", new() { VocationalLevel = 4 });

        Assert.Equal(ConditionStatus.Met, outcome.Status);
        Assert.Equal("中级工（四级）", outcome.Found);
        Assert.Equal("≥ 中级工（四级）", outcome.Required);
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("backbone.vocational-qualification", new() { VocationalLevel = 5 }));
    }

    [Fact]
    public void A_senior_technician_level_1_is_met() =>
        Assert.Equal(ConditionStatus.Met, Criteria.Status("backbone.vocational-qualification", new() { VocationalLevel = 1 }));

    [Fact]
    public void One_apprentice_trained_is_met_and_none_is_not()
    {
        var outcome = Criteria.Outcome("backbone.apprentices", new() { ApprenticesTrained = 1 });

        Assert.Equal(ConditionStatus.Met, outcome.Status);
        Assert.Equal("1 人", outcome.Found);
        Assert.Equal("≥ 1 人", outcome.Required);
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("backbone.apprentices", new() { ApprenticesTrained = 0 }));
    }

    [Fact]
    public void The_panels_parts_of_the_backbone_await_the_panel()
    {
        Assert.Equal(ConditionStatus.AwaitsPanel, Criteria.Status("backbone.potential", new()));
        Assert.Equal(ConditionStatus.AwaitsPanel, Criteria.Status("backbone.skills-contribution", new() { ApprenticesTrained = 30 }));
    }

    [Fact]
    public void An_empty_profile_leaves_every_checked_condition_undecided_naming_its_fact()
    {
        var tier = Criteria.Tier("backbone", new());
        var outcomes = tier.ToDictionary(o => o.ConditionId);

        Assert.Equal(["birthDate"], outcomes["backbone.age"].MissingFacts);
        Assert.Equal(["educationLevel"], outcomes["backbone.education"].MissingFacts);
        Assert.Equal(["vocationalLevel"], outcomes["backbone.vocational-qualification"].MissingFacts);
        Assert.Equal(["apprenticesTrained"], outcomes["backbone.apprentices"].MissingFacts);
        Assert.Equal(
            [ConditionStatus.Undecided, ConditionStatus.Undecided, ConditionStatus.Undecided,
             ConditionStatus.AwaitsPanel, ConditionStatus.AwaitsPanel, ConditionStatus.Undecided],
            tier.Select(o => o.Status));
    }

    [Fact]
    public void A_fully_qualified_candidate_meets_every_checked_condition()
    {
        var outcomes = Criteria.Tier("backbone", new()
        {
            BirthDate = Aged(35),
            EducationLevel = EducationLevel.Associate,
            VocationalLevel = 2,
            ApprenticesTrained = 6,
        });

        Assert.Equal(
            [ConditionStatus.Met, ConditionStatus.Met, ConditionStatus.Met,
             ConditionStatus.AwaitsPanel, ConditionStatus.AwaitsPanel, ConditionStatus.Met],
            outcomes.Select(o => o.Status));
    }
}
