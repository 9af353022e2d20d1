using Kunpeng.Plugins.UrbanConstruction;
using static Kunpeng.Plugins.Tests.Assessing;

namespace Kunpeng.Plugins.Tests.UrbanConstruction;

/// <summary>城建 三.1 拔尖人才: each checked condition at its bound and one unit past it, the women's age limit, each branch, missing facts.</summary>
public class UrbanConstructionTopTierTests
{
    private static readonly UrbanConstructionCriteria Criteria = new();

    [Fact]
    public void A_man_aged_55_is_met_and_on_his_56th_birthday_is_not()
    {
        var outcome = Criteria.Outcome("top.age", new() { BirthDate = LastDayAged(55), Gender = Gender.Male });

        Assert.Equal(ConditionStatus.Met, outcome.Status);
        Assert.Equal("55 周岁，男", outcome.Found);
        Assert.Equal("≤ 55 周岁（女性 ≤ 50 周岁）", outcome.Required);
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("top.age", new() { BirthDate = Aged(56), Gender = Gender.Male }));
    }

    [Fact]
    public void A_woman_aged_50_is_met_and_on_her_51st_birthday_is_not()
    {
        Assert.Equal(ConditionStatus.Met, Criteria.Status("top.age", new() { BirthDate = LastDayAged(50), Gender = Gender.Female }));
        var outcome = Criteria.Outcome("top.age", new() { BirthDate = Aged(51), Gender = Gender.Female });

        Assert.Equal(ConditionStatus.NotMet, outcome.Status);
        Assert.Equal("51 周岁，女", outcome.Found);
    }

    [Fact]
    public void Between_the_two_limits_the_gender_decides()
    {
        Assert.Equal(ConditionStatus.Met, Criteria.Status("top.age", new() { BirthDate = Aged(53), Gender = Gender.Male }));
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("top.age", new() { BirthDate = Aged(53), Gender = Gender.Female }));
    }

    [Fact]
    public void Between_the_two_limits_without_a_gender_it_is_undecided_naming_gender()
    {
        var outcome = Criteria.Outcome("top.age", new() { BirthDate = Aged(51) });

        Assert.Equal(ConditionStatus.Undecided, outcome.Status);
        Assert.Equal(["gender"], outcome.MissingFacts);
        Assert.Equal("51 周岁", outcome.Found);
    }

    [Fact]
    public void Within_both_limits_or_beyond_both_the_gender_is_not_needed()
    {
        Assert.Equal(ConditionStatus.Met, Criteria.Status("top.age", new() { BirthDate = Aged(50) }));
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("top.age", new() { BirthDate = Aged(56) }));
    }

    [Fact]
    public void Without_a_birth_date_the_age_is_undecided_naming_it()
    {
        var outcome = Criteria.Outcome("top.age", new() { Gender = Gender.Female });

        Assert.Equal(ConditionStatus.Undecided, outcome.Status);
        Assert.Equal(["birthDate"], outcome.MissingFacts);
    }

    [Fact]
    public void Bachelor_meets_the_general_education_condition_and_associate_degree_does_not()
    {
        Assert.Equal(ConditionStatus.Met, Criteria.Status("top.education", new() { EducationLevel = EducationLevel.Bachelor }));
        var outcome = Criteria.Outcome("top.education", new() { EducationLevel = EducationLevel.Associate });

        Assert.Equal(ConditionStatus.NotMet, outcome.Status);
        Assert.Equal("大专", outcome.Found);
        Assert.Equal("≥ 本科", outcome.Required);
    }

    [Fact]
    public void An_associate_senior_title_alone_meets_the_title_or_practising_condition()
    {
        var outcome = Criteria.Outcome("top.title-or-practising-qualification", new() { ProfessionalTitle = ProfessionalTitle.AssociateSenior });

        Assert.Equal(ConditionStatus.Met, outcome.Status);
        Assert.Empty(outcome.MissingFacts);
    }

    [Fact]
    public void A_grade_2_practising_qualification_alone_meets_it_with_an_intermediate_title()
    {
        var outcome = Criteria.Outcome("top.title-or-practising-qualification",
            new() { ProfessionalTitle = ProfessionalTitle.Intermediate, PractisingGrade = 2 });

        Assert.Equal(ConditionStatus.Met, outcome.Status);
        Assert.Equal("专业技术职务：中级；执业资格：二级", outcome.Found);
        Assert.Equal("专业技术职务：≥ 副高级；或 执业资格：≥ 二级", outcome.Required);
    }

    [Fact]
    public void A_grade_1_practising_qualification_meets_it_without_a_title_given() =>
        Assert.Equal(ConditionStatus.Met, Criteria.Status("top.title-or-practising-qualification", new() { PractisingGrade = 1 }));

    [Fact]
    public void An_intermediate_title_without_a_practising_grade_is_undecided_naming_the_grade()
    {
        var outcome = Criteria.Outcome("top.title-or-practising-qualification", new() { ProfessionalTitle = ProfessionalTitle.Intermediate });

        Assert.Equal(ConditionStatus.Undecided, outcome.Status);
        Assert.Equal(["practisingGrade"], outcome.MissingFacts);
    }

    [Fact]
    public void With_neither_fact_it_is_undecided_naming_both() =>
        Assert.Equal(["professionalTitle", "practisingGrade"], Criteria.Outcome("top.title-or-practising-qualification", new()).MissingFacts);

    [Fact]
    public void Two_district_key_projects_in_the_district_one_with_a_municipal_award_are_met()
    {
        var outcome = Criteria.Outcome("top.key-projects", new()
        {
            KeyProjects = [new(2011, ProjectLevel.District, InDistrict: true, RecognitionLevel.Municipal), new(2015, ProjectLevel.District, InDistrict: true, RecognitionLevel.None)],
        });

        Assert.Equal(ConditionStatus.Met, outcome.Status);
        Assert.Equal("2 项，其中获市级以上奖励 1 项", outcome.Found);
        Assert.Equal("近五年（2011–2015）我区、区级及以上 ≥ 2 项，其中获市级以上奖励 ≥ 1 项", outcome.Required);
    }

    [Fact]
    public void One_key_project_is_not_enough_even_with_a_national_award() =>
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("top.key-projects", new()
        {
            KeyProjects = [new(2014, ProjectLevel.Municipal, InDistrict: true, RecognitionLevel.National)],
        }));

    [Fact]
    public void Two_key_projects_with_only_a_district_award_are_not_enough()
    {
        var outcome = Criteria.Outcome("top.key-projects", new()
        {
            KeyProjects = [new(2012, ProjectLevel.District, InDistrict: true, RecognitionLevel.District), new(2013, ProjectLevel.District, InDistrict: true, RecognitionLevel.District)],
        });

        Assert.Equal(ConditionStatus.NotMet, outcome.Status);
        Assert.Equal("2 项，其中获市级以上奖励 0 项", outcome.Found);
    }

    [Fact]
    public void A_project_outside_the_district_does_not_count_even_with_the_award() =>
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("top.key-projects", new()
        {
            KeyProjects =
            [
                new(2012, ProjectLevel.District, InDistrict: true, RecognitionLevel.None),
                new(2013, ProjectLevel.District, InDistrict: true, RecognitionLevel.None),
                new(2014, ProjectLevel.Municipal, InDistrict: false, RecognitionLevel.National),
            ],
        }));

    [Fact]
    public void Higher_level_key_projects_in_the_district_count()
    {
        Assert.Equal(ConditionStatus.Met, Criteria.Status("top.key-projects", new()
        {
            KeyProjects = [new(2012, ProjectLevel.Municipal, InDistrict: true, RecognitionLevel.None), new(2013, ProjectLevel.National, InDistrict: true, RecognitionLevel.Municipal)],
        }));
    }

    [Fact]
    public void A_project_counts_from_the_first_year_of_the_window_and_not_the_year_before()
    {
        var award = new KeyProjectRecord(2014, ProjectLevel.District, InDistrict: true, RecognitionLevel.Municipal);

        Assert.Equal(ConditionStatus.Met, Criteria.Status("top.key-projects",
            new() { KeyProjects = [award, new(2011, ProjectLevel.District, InDistrict: true, RecognitionLevel.None)] }));
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("top.key-projects",
            new() { KeyProjects = [award, new(2010, ProjectLevel.District, InDistrict: true, RecognitionLevel.None)] }));
    }

    [Fact]
    public void An_award_on_a_project_before_the_window_does_not_count() =>
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("top.key-projects", new()
        {
            KeyProjects =
            [
                new(2010, ProjectLevel.District, InDistrict: true, RecognitionLevel.Municipal),
                new(2012, ProjectLevel.District, InDistrict: true, RecognitionLevel.None),
                new(2013, ProjectLevel.District, InDistrict: true, RecognitionLevel.None),
            ],
        }));

    [Fact]
    public void An_empty_list_is_none_and_a_list_not_given_is_undecided()
    {
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("top.key-projects", new() { KeyProjects = [] }));
        var outcome = Criteria.Outcome("top.key-projects", new());

        Assert.Equal(ConditionStatus.Undecided, outcome.Status);
        Assert.Equal(["keyProjects"], outcome.MissingFacts);
    }

    [Fact]
    public void The_lead_in_awaits_the_panel() =>
        Assert.Equal(ConditionStatus.AwaitsPanel, Criteria.Status("top.standing", new()));

    [Fact]
    public void An_empty_profile_leaves_every_checked_condition_undecided_naming_its_facts()
    {
        var outcomes = Criteria.Assess(new(), Reference)[0].Outcomes.ToDictionary(o => o.ConditionId);

        Assert.Equal(ConditionStatus.AwaitsPanel, outcomes["top.standing"].Status);
        Assert.Equal(["birthDate"], outcomes["top.age"].MissingFacts);
        Assert.Equal(["educationLevel"], outcomes["top.education"].MissingFacts);
        Assert.Equal(["professionalTitle", "practisingGrade"], outcomes["top.title-or-practising-qualification"].MissingFacts);
        Assert.Equal(["keyProjects"], outcomes["top.key-projects"].MissingFacts);
        Assert.All(outcomes.Values.Where(o => o.ConditionId != "top.standing"), o => Assert.Equal(ConditionStatus.Undecided, o.Status));
    }

    [Fact]
    public void A_fully_qualified_woman_meets_every_checked_condition()
    {
        var outcomes = Criteria.Assess(new()
        {
            BirthDate = Aged(50),
            Gender = Gender.Female,
            EducationLevel = EducationLevel.Bachelor,
            ProfessionalTitle = ProfessionalTitle.Senior,
            KeyProjects = [new(2013, ProjectLevel.District, InDistrict: true, RecognitionLevel.None), new(2015, ProjectLevel.District, InDistrict: true, RecognitionLevel.Municipal)],
        }, Reference)[0].Outcomes;

        Assert.Equal(
            [ConditionStatus.AwaitsPanel, ConditionStatus.Met, ConditionStatus.Met, ConditionStatus.Met, ConditionStatus.Met],
            outcomes.Select(o => o.Status));
    }
}
