using Kunpeng.Plugins.Education;
using static Kunpeng.Plugins.Tests.Assessing;

namespace Kunpeng.Plugins.Tests.Education;

/// <summary>三.1 拔尖人才: every checked condition at its bound and one unit past it, each branch, missing facts.</summary>
public class TopTierTests
{
    private static readonly EducationCriteria Criteria = new();

    [Fact]
    public void Teaching_years_exactly_10_are_met_and_9_are_not()
    {
        var outcome = Criteria.Outcome("top.teaching-years", new() { TeachingYears = 10 });

        Assert.Equal(ConditionStatus.Met, outcome.Status);
        Assert.Equal("10 年", outcome.Found);
        Assert.Equal("≥ 10 年", outcome.Required);
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("top.teaching-years", new() { TeachingYears = 9 }));
    }

    [Fact]
    public void Bachelor_is_met_and_associate_degree_is_not()
    {
        Assert.Equal(ConditionStatus.Met, Criteria.Status("top.education", new() { EducationLevel = EducationLevel.Bachelor }));
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("top.education", new() { EducationLevel = EducationLevel.Associate }));
    }

    [Fact]
    public void A_senior_teacher_title_is_met_and_a_first_grade_teacher_title_is_not()
    {
        var outcome = Criteria.Outcome("top.title", new() { ProfessionalTitle = ProfessionalTitle.AssociateSenior });

        Assert.Equal(ConditionStatus.Met, outcome.Status);
        Assert.Equal("≥ 副高级", outcome.Required);
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("top.title", new() { ProfessionalTitle = ProfessionalTitle.Intermediate }));
    }

    [Fact]
    public void The_principal_qualification_binds_only_principals()
    {
        var notPrincipal = Criteria.Outcome("top.principal-qualification", new() { IsPrincipal = false });

        Assert.Equal(ConditionStatus.Met, notPrincipal.Status);
        Assert.Equal("非校（园）长", notPrincipal.Found);
        Assert.Equal(ConditionStatus.Met, Criteria.Status("top.principal-qualification", new() { IsPrincipal = true, HasPrincipalQualification = true }));
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("top.principal-qualification", new() { IsPrincipal = true, HasPrincipalQualification = false }));
    }

    [Fact]
    public void The_principal_qualification_is_undecided_without_the_facts_it_needs()
    {
        Assert.Equal(["isPrincipal"], Criteria.Outcome("top.principal-qualification", new()).MissingFacts);
        Assert.Equal(["hasPrincipalQualification"], Criteria.Outcome("top.principal-qualification", new() { IsPrincipal = true }).MissingFacts);
    }

    [Fact]
    public void Two_papers_in_the_window_one_municipal_are_met_without_a_monograph()
    {
        var outcome = Criteria.Outcome("top.papers", new()
        {
            Papers = [new(2011, RecognitionLevel.Municipal), new(2015, RecognitionLevel.None)],
            HasMonograph = false,
        });

        Assert.Equal(ConditionStatus.Met, outcome.Status);
        Assert.Equal("论文、案例、设计：2 篇，其中市级及以上 1 篇；学术著作：否", outcome.Found);
        Assert.Equal("论文、案例、设计：近五年（2011–2015）≥ 2 篇，其中市级及以上 ≥ 1 篇；或 学术著作：是", outcome.Required);
    }

    [Fact]
    public void One_paper_is_not_enough_even_if_it_is_national() =>
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("top.papers", new() { Papers = [new(2014, RecognitionLevel.National)], HasMonograph = false }));

    [Fact]
    public void Two_papers_recognized_only_at_district_level_are_not_enough() =>
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("top.papers", new()
        {
            Papers = [new(2013, RecognitionLevel.District), new(2014, RecognitionLevel.District)],
            HasMonograph = false,
        }));

    [Fact]
    public void A_municipal_paper_from_before_the_window_does_not_count() =>
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("top.papers", new()
        {
            Papers = [new(2010, RecognitionLevel.Municipal), new(2012, RecognitionLevel.None), new(2013, RecognitionLevel.None)],
            HasMonograph = false,
        }));

    [Fact]
    public void A_monograph_alone_meets_the_paper_condition() =>
        Assert.Equal(ConditionStatus.Met, Criteria.Status("top.papers", new() { Papers = [], HasMonograph = true }));

    [Fact]
    public void A_monograph_meets_it_even_when_papers_were_not_given() =>
        Assert.Equal(ConditionStatus.Met, Criteria.Status("top.papers", new() { HasMonograph = true }));

    [Fact]
    public void Without_papers_given_and_no_monograph_it_is_undecided_naming_papers()
    {
        var outcome = Criteria.Outcome("top.papers", new() { HasMonograph = false });

        Assert.Equal(ConditionStatus.Undecided, outcome.Status);
        Assert.Equal(["papers"], outcome.MissingFacts);
    }

    [Fact]
    public void Too_few_papers_and_the_monograph_unknown_is_undecided_naming_the_monograph()
    {
        var outcome = Criteria.Outcome("top.papers", new() { Papers = [new(2014, RecognitionLevel.National)] });

        Assert.Equal(ConditionStatus.Undecided, outcome.Status);
        Assert.Equal(["hasMonograph"], outcome.MissingFacts);
    }

    [Fact]
    public void A_project_undertaken_as_third_is_met_and_as_fourth_is_not()
    {
        var third = Criteria.Outcome("top.research-project", new() { ResearchProjects = [new(2013, ProjectLevel.District, 3, ProjectStatus.Completed)] });

        Assert.Equal(ConditionStatus.Met, third.Status);
        Assert.Equal("近五年（2011–2015）前3名、区级及以上 ≥ 1 项", third.Required);
        Assert.Equal(ConditionStatus.NotMet,
            Criteria.Status("top.research-project", new() { ResearchProjects = [new(2013, ProjectLevel.National, 4, ProjectStatus.Completed)] }));
    }

    [Fact]
    public void A_completed_project_counts_from_the_first_year_of_the_window_and_not_the_year_before()
    {
        Assert.Equal(ConditionStatus.Met,
            Criteria.Status("top.research-project", new() { ResearchProjects = [new(2011, ProjectLevel.District, 1, ProjectStatus.Completed)] }));
        Assert.Equal(ConditionStatus.NotMet,
            Criteria.Status("top.research-project", new() { ResearchProjects = [new(2010, ProjectLevel.District, 1, ProjectStatus.Completed)] }));
    }

    [Fact]
    public void A_project_still_ongoing_counts_whenever_it_began() =>
        Assert.Equal(ConditionStatus.Met,
            Criteria.Status("top.research-project", new() { ResearchProjects = [new(2009, ProjectLevel.Municipal, 2, ProjectStatus.Ongoing)] }));

    [Fact]
    public void Qualitative_parts_await_the_panel()
    {
        Assert.Equal(ConditionStatus.AwaitsPanel, Criteria.Status("top.expertise", new()));
        Assert.Equal(ConditionStatus.AwaitsPanel, Criteria.Status("top.research-ability", new()));
    }

    [Fact]
    public void An_empty_profile_leaves_every_checked_condition_undecided_naming_its_facts()
    {
        var outcomes = Criteria.Assess(new(), Reference)[0].Outcomes.ToDictionary(o => o.ConditionId);

        Assert.Equal(["teachingYears"], outcomes["top.teaching-years"].MissingFacts);
        Assert.Equal(["educationLevel"], outcomes["top.education"].MissingFacts);
        Assert.Equal(["professionalTitle"], outcomes["top.title"].MissingFacts);
        Assert.Equal(["isPrincipal"], outcomes["top.principal-qualification"].MissingFacts);
        Assert.Equal(["papers", "hasMonograph"], outcomes["top.papers"].MissingFacts);
        Assert.Equal(["researchProjects"], outcomes["top.research-project"].MissingFacts);
        Assert.All(outcomes.Values.Where(o => o.MissingFacts.Count > 0), o => Assert.Equal(ConditionStatus.Undecided, o.Status));
    }

    [Fact]
    public void A_fully_qualified_candidate_meets_every_checked_condition()
    {
        var outcomes = Criteria.Assess(new()
        {
            TeachingYears = 12,
            EducationLevel = EducationLevel.Master,
            ProfessionalTitle = ProfessionalTitle.Senior,
            IsPrincipal = true,
            HasPrincipalQualification = true,
            Papers = [new(2012, RecognitionLevel.National), new(2014, RecognitionLevel.None)],
            HasMonograph = false,
            ResearchProjects = [new(2014, ProjectLevel.District, 1, ProjectStatus.Ongoing)],
        }, Reference)[0].Outcomes;

        Assert.All(outcomes, o => Assert.Contains(o.Status, new[] { ConditionStatus.Met, ConditionStatus.AwaitsPanel }));
    }
}
