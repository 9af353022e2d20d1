using Kunpeng.Plugins.UrbanConstruction;
using static Kunpeng.Plugins.Tests.Assessing;

namespace Kunpeng.Plugins.Tests.UrbanConstruction;

/// <summary>城建 三.2 骨干人才: each checked condition at its bound and one unit past it, and missing facts.</summary>
public class UrbanConstructionBackboneTierTests
{
    private static readonly UrbanConstructionCriteria Criteria = new();

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
        Assert.Equal(ConditionStatus.Met, Criteria.Status("backbone.age", new() { BirthDate = LastDayAged(40) }));
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("backbone.age", new() { BirthDate = Aged(41) }));
    }

    [Fact]
    public void The_backbone_age_limit_is_the_same_for_women() =>
        Assert.Equal(ConditionStatus.Met, Criteria.Status("backbone.age", new() { BirthDate = Aged(40), Gender = Gender.Female }));

    [Fact]
    public void Bachelor_is_met_and_associate_degree_is_not()
    {
        Assert.Equal(ConditionStatus.Met, Criteria.Status("backbone.education", new() { EducationLevel = EducationLevel.Bachelor }));
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("backbone.education", new() { EducationLevel = EducationLevel.Associate }));
    }

    [Fact]
    public void An_intermediate_title_is_met_and_a_junior_title_is_not()
    {
        var outcome = Criteria.Outcome("backbone.title", new() { ProfessionalTitle = ProfessionalTitle.Intermediate });

        Assert.Equal(ConditionStatus.Met, outcome.Status);
        Assert.Equal("≥ 中级", outcome.Required);
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("backbone.title", new() { ProfessionalTitle = ProfessionalTitle.Junior }));
    }

    [Fact]
    public void A_practising_qualification_does_not_replace_the_intermediate_title() =>
        Assert.Equal(ConditionStatus.NotMet,
            Criteria.Status("backbone.title", new() { ProfessionalTitle = ProfessionalTitle.Junior, PractisingGrade = 1 }));

    [Fact]
    public void Frontline_work_is_met_and_its_absence_is_not()
    {
        Assert.Equal(ConditionStatus.Met, Criteria.Status("backbone.frontline-work", new() { FrontlineWork = true }));
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("backbone.frontline-work", new() { FrontlineWork = false }));
    }

    [Fact]
    public void Recognition_and_potential_await_the_panel_whatever_the_facts() =>
        Assert.Equal(ConditionStatus.AwaitsPanel, Criteria.Status("backbone.recognition-and-potential", new() { FrontlineWork = true }));

    [Fact]
    public void An_empty_profile_leaves_every_checked_condition_undecided_naming_its_fact()
    {
        var outcomes = Criteria.Assess(new(), Reference)[1].Outcomes;

        Assert.Equal(
        [
            (ConditionStatus.Undecided, (IReadOnlyList<string>)["birthDate"]),
            (ConditionStatus.Undecided, ["educationLevel"]),
            (ConditionStatus.Undecided, ["professionalTitle"]),
            (ConditionStatus.Undecided, ["frontlineWork"]),
            (ConditionStatus.AwaitsPanel, []),
        ],
        outcomes.Select(o => (o.Status, o.MissingFacts)));
    }
}
