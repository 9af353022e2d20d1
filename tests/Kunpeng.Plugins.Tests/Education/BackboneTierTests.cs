using Kunpeng.Plugins.Education;
using static Kunpeng.Plugins.Tests.Assessing;

namespace Kunpeng.Plugins.Tests.Education;

/// <summary>三.2 骨干人才: every checked condition at its bound and one unit past it, and missing facts.</summary>
public class BackboneTierTests
{
    private static readonly EducationCriteria Criteria = new();

    [Fact]
    public void Aged_40_on_the_reference_date_is_met()
    {
        var outcome = Criteria.Outcome("backbone.age", new() { BirthDate = Reference.AddYears(-40) });

        Assert.Equal(ConditionStatus.Met, outcome.Status);
        Assert.Equal("40 周岁", outcome.Found);
        Assert.Equal("≤ 40 周岁", outcome.Required);
    }

    [Fact]
    public void The_last_day_aged_40_is_met_and_the_41st_birthday_is_not()
    {
        Assert.Equal(ConditionStatus.Met, Criteria.Status("backbone.age", new() { BirthDate = Reference.AddYears(-41).AddDays(1) }));
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("backbone.age", new() { BirthDate = Reference.AddYears(-41) }));
    }

    [Fact]
    public void Teaching_years_exactly_5_are_met_and_4_are_not()
    {
        Assert.Equal(ConditionStatus.Met, Criteria.Status("backbone.teaching-years", new() { TeachingYears = 5 }));
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("backbone.teaching-years", new() { TeachingYears = 4 }));
    }

    [Fact]
    public void Bachelor_is_met_and_associate_degree_is_not()
    {
        Assert.Equal(ConditionStatus.Met, Criteria.Status("backbone.education", new() { EducationLevel = EducationLevel.Bachelor }));
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("backbone.education", new() { EducationLevel = EducationLevel.Associate }));
    }

    [Fact]
    public void An_intermediate_title_is_met_and_a_junior_title_is_not()
    {
        Assert.Equal(ConditionStatus.Met, Criteria.Status("backbone.title", new() { ProfessionalTitle = ProfessionalTitle.Intermediate }));
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("backbone.title", new() { ProfessionalTitle = ProfessionalTitle.Junior }));
    }

    [Fact]
    public void Two_papers_one_district_are_met()
    {
        var outcome = Criteria.Outcome("backbone.papers", new() { Papers = [new(2012, RecognitionLevel.District), new(2015, RecognitionLevel.None)] });

        Assert.Equal(ConditionStatus.Met, outcome.Status);
        Assert.Equal("2 篇，其中区级及以上 1 篇", outcome.Found);
    }

    [Fact]
    public void One_paper_or_two_unrecognized_papers_are_not_met()
    {
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("backbone.papers", new() { Papers = [new(2012, RecognitionLevel.Municipal)] }));
        Assert.Equal(ConditionStatus.NotMet,
            Criteria.Status("backbone.papers", new() { Papers = [new(2012, RecognitionLevel.None), new(2013, RecognitionLevel.None)] }));
    }

    [Fact]
    public void A_monograph_does_not_replace_papers_at_backbone_level() =>
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("backbone.papers", new() { Papers = [], HasMonograph = true }));

    [Fact]
    public void Taking_part_in_one_project_at_any_rank_is_met_and_none_is_not()
    {
        Assert.Equal(ConditionStatus.Met,
            Criteria.Status("backbone.research-project", new() { ResearchProjects = [new(2015, ProjectLevel.District, 9, ProjectStatus.Ongoing)] }));
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("backbone.research-project", new() { ResearchProjects = [] }));
        Assert.Equal(ConditionStatus.NotMet,
            Criteria.Status("backbone.research-project", new() { ResearchProjects = [new(2010, ProjectLevel.District, 1, ProjectStatus.Completed)] }));
    }

    [Fact]
    public void An_empty_profile_leaves_every_condition_undecided_naming_its_fact()
    {
        var outcomes = Criteria.Assess(new(), Reference)[1].Outcomes;

        Assert.All(outcomes, o => Assert.Equal(ConditionStatus.Undecided, o.Status));
        Assert.Equal(
            [["birthDate"], ["teachingYears"], ["educationLevel"], ["professionalTitle"], ["papers"], ["researchProjects"]],
            outcomes.Select(o => o.MissingFacts));
    }
}
