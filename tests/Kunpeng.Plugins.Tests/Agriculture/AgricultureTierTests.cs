using Kunpeng.Plugins.Agriculture;
using static Kunpeng.Plugins.Tests.Assessing;

namespace Kunpeng.Plugins.Tests.Agriculture;

/// <summary>农业 三.1 and 三.2: the qualitative top tier awaits the panel; the backbone's age and education at their bounds.</summary>
public class AgricultureTierTests
{
    private static readonly AgricultureCriteria Criteria = new();

    [Fact]
    public void Every_top_condition_awaits_the_panel_even_for_an_empty_profile() =>
        Assert.All(Criteria.Assess(new(), Reference)[0].Outcomes, o =>
        {
            Assert.Equal(ConditionStatus.AwaitsPanel, o.Status);
            Assert.Empty(o.MissingFacts);
        });

    [Fact]
    public void Top_facts_do_not_decide_the_top_tier() =>
        Assert.All(Criteria.Assess(new() { BirthDate = Aged(70), EducationLevel = EducationLevel.None }, Reference)[0].Outcomes,
            o => Assert.Equal(ConditionStatus.AwaitsPanel, o.Status));

    [Fact]
    public void Aged_40_is_met_and_the_41st_birthday_is_not()
    {
        var outcome = Criteria.Outcome("backbone.age", new() { BirthDate = LastDayAged(40) });

        Assert.Equal(ConditionStatus.Met, outcome.Status);
        Assert.Equal("40 周岁", outcome.Found);
        Assert.Equal("≤ 40 周岁", outcome.Required);
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("backbone.age", new() { BirthDate = Aged(41) }));
    }

    [Fact]
    public void Bachelor_is_met_and_associate_degree_is_not()
    {
        Assert.Equal(ConditionStatus.Met, Criteria.Status("backbone.education", new() { EducationLevel = EducationLevel.Bachelor }));
        Assert.Equal(ConditionStatus.Met, Criteria.Status("backbone.education", new() { EducationLevel = EducationLevel.Doctorate }));
        var outcome = Criteria.Outcome("backbone.education", new() { EducationLevel = EducationLevel.Associate });

        Assert.Equal(ConditionStatus.NotMet, outcome.Status);
        Assert.Equal("大专", outcome.Found);
    }

    [Fact]
    public void The_potential_awaits_the_panel() =>
        Assert.Equal(ConditionStatus.AwaitsPanel, Criteria.Status("backbone.potential", new() { BirthDate = Aged(30), EducationLevel = EducationLevel.Master }));

    [Fact]
    public void An_empty_profile_leaves_the_backbone_age_and_education_undecided_naming_their_facts() =>
        Assert.Equal(
        [
            (ConditionStatus.Undecided, (IReadOnlyList<string>)["birthDate"]),
            (ConditionStatus.Undecided, ["educationLevel"]),
            (ConditionStatus.AwaitsPanel, []),
        ],
        Criteria.Assess(new(), Reference)[1].Outcomes.Select(o => (o.Status, o.MissingFacts)));
}
