using Kunpeng.Plugins.ProfessionalTechnical;
using static Kunpeng.Plugins.Tests.Assessing;

namespace Kunpeng.Plugins.Tests.ProfessionalTechnical;

/// <summary>三.2 骨干人才: each branch of the education-or-title clause, frontline work, the general age at its bound, missing facts.</summary>
public class ProfessionalBackboneTierTests
{
    private static readonly ProfessionalTechnicalCriteria Criteria = new();

    [Fact]
    public void A_bachelor_degree_meets_the_education_branch_without_a_title()
    {
        var outcome = Criteria.Outcome("backbone.education-or-title", new()
        {
            EducationLevel = EducationLevel.Bachelor,
            ProfessionalTitle = ProfessionalTitle.None,
        });

        Assert.Equal(ConditionStatus.Met, outcome.Status);
        Assert.Equal("学历：≥ 本科；或 专业技术职务：≥ 中级", outcome.Required);
    }

    [Fact]
    public void An_intermediate_title_meets_the_title_branch_without_a_bachelor_degree() =>
        Assert.Equal(ConditionStatus.Met, Criteria.Status("backbone.education-or-title", new()
        {
            EducationLevel = EducationLevel.Associate,
            ProfessionalTitle = ProfessionalTitle.Intermediate,
        }));

    [Fact]
    public void An_associate_degree_with_a_junior_title_is_one_unit_short_on_both_branches() =>
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("backbone.education-or-title", new()
        {
            EducationLevel = EducationLevel.Associate,
            ProfessionalTitle = ProfessionalTitle.Junior,
        }));

    [Fact]
    public void A_junior_title_with_the_degree_not_given_is_undecided_naming_the_degree()
    {
        var outcome = Criteria.Outcome("backbone.education-or-title", new() { ProfessionalTitle = ProfessionalTitle.Junior });

        Assert.Equal(ConditionStatus.Undecided, outcome.Status);
        Assert.Equal(["educationLevel"], outcome.MissingFacts);
    }

    [Fact]
    public void Frontline_work_is_met_and_work_away_from_the_front_line_is_not()
    {
        Assert.Equal(ConditionStatus.Met, Criteria.Status("backbone.frontline", new() { FrontlineWork = true }));
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("backbone.frontline", new() { FrontlineWork = false }));
    }

    [Fact]
    public void Aged_35_on_the_reference_date_is_met()
    {
        var outcome = Criteria.Outcome("backbone.age", new() { BirthDate = Reference.AddYears(-35) });

        Assert.Equal(ConditionStatus.Met, outcome.Status);
        Assert.Equal("35 周岁", outcome.Found);
        Assert.Equal("≤ 35 周岁", outcome.Required);
    }

    [Fact]
    public void The_last_day_aged_35_is_met_and_the_36th_birthday_is_not()
    {
        Assert.Equal(ConditionStatus.Met, Criteria.Status("backbone.age", new() { BirthDate = Reference.AddYears(-36).AddDays(1) }));
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("backbone.age", new() { BirthDate = Reference.AddYears(-36) }));
    }

    [Fact]
    public void The_age_limit_is_general_so_an_older_candidate_is_not_met_on_a_general_condition_only()
    {
        var outcomes = Criteria.TierOutcomes("backbone", new()
        {
            EducationLevel = EducationLevel.Master,
            FrontlineWork = true,
            BirthDate = Reference.AddYears(-40),
        });

        Assert.Equal(["backbone.age"], outcomes.Values.Where(o => o.Status == ConditionStatus.NotMet).Select(o => o.ConditionId));
        Assert.Equal(ConditionKind.General, Criteria.Definition("backbone.age").Kind);
    }

    [Fact]
    public void The_qualitative_parts_await_the_panel()
    {
        var outcomes = Criteria.TierOutcomes("backbone", new());

        Assert.Equal(ConditionStatus.AwaitsPanel, outcomes["backbone.performance"].Status);
        Assert.Equal(ConditionStatus.AwaitsPanel, outcomes["backbone.prospects"].Status);
    }

    [Fact]
    public void An_empty_profile_leaves_every_checked_condition_undecided_naming_its_facts()
    {
        var outcomes = Criteria.TierOutcomes("backbone", new());

        Assert.Equal(["educationLevel", "professionalTitle"], outcomes["backbone.education-or-title"].MissingFacts);
        Assert.Equal(["frontlineWork"], outcomes["backbone.frontline"].MissingFacts);
        Assert.Equal(["birthDate"], outcomes["backbone.age"].MissingFacts);
        Assert.All(outcomes.Values.Where(o => o.MissingFacts.Count > 0), o => Assert.Equal(ConditionStatus.Undecided, o.Status));
    }
}
