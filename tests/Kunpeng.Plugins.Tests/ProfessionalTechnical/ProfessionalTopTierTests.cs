using Kunpeng.Plugins.ProfessionalTechnical;

namespace Kunpeng.Plugins.Tests.ProfessionalTechnical;

/// <summary>三.1 拔尖人才: each branch of the education-or-title clause at its bound, the major project, missing facts.</summary>
public class ProfessionalTopTierTests
{
    private static readonly ProfessionalTechnicalCriteria Criteria = new();

    [Fact]
    public void A_masters_degree_meets_the_education_branch_without_a_title()
    {
        var outcome = Criteria.Outcome("top.education-or-title", new()
        {
            EducationLevel = EducationLevel.Master,
            ProfessionalTitle = ProfessionalTitle.None,
        });

        Assert.Equal(ConditionStatus.Met, outcome.Status);
        Assert.Equal("学历：≥ 硕士研究生；或 专业技术职务：≥ 副高级", outcome.Required);
    }

    [Fact]
    public void An_associate_senior_title_meets_the_title_branch_without_a_masters_degree() =>
        Assert.Equal(ConditionStatus.Met, Criteria.Status("top.education-or-title", new()
        {
            EducationLevel = EducationLevel.Bachelor,
            ProfessionalTitle = ProfessionalTitle.AssociateSenior,
        }));

    [Fact]
    public void A_bachelor_with_an_intermediate_title_is_one_unit_short_on_both_branches()
    {
        var outcome = Criteria.Outcome("top.education-or-title", new()
        {
            EducationLevel = EducationLevel.Bachelor,
            ProfessionalTitle = ProfessionalTitle.Intermediate,
        });

        Assert.Equal(ConditionStatus.NotMet, outcome.Status);
        Assert.Equal("学历：本科；专业技术职务：中级", outcome.Found);
    }

    [Fact]
    public void A_masters_degree_meets_it_even_when_the_title_is_not_given() =>
        Assert.Equal(ConditionStatus.Met, Criteria.Status("top.education-or-title", new() { EducationLevel = EducationLevel.Doctorate }));

    [Fact]
    public void A_bachelor_whose_title_is_not_given_is_undecided_naming_the_title()
    {
        var outcome = Criteria.Outcome("top.education-or-title", new() { EducationLevel = EducationLevel.Bachelor });

        Assert.Equal(ConditionStatus.Undecided, outcome.Status);
        Assert.Equal(["professionalTitle"], outcome.MissingFacts);
    }

    [Fact]
    public void A_main_participant_of_a_major_project_is_met_and_anyone_else_is_not()
    {
        Assert.Equal(ConditionStatus.Met, Criteria.Status("top.major-project", new() { MajorProjectParticipant = true }));
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("top.major-project", new() { MajorProjectParticipant = false }));
    }

    [Fact]
    public void The_qualitative_parts_await_the_panel_whatever_the_facts()
    {
        var outcomes = Criteria.TierOutcomes("top", new() { EducationLevel = EducationLevel.Master, MajorProjectParticipant = true });

        Assert.Equal(
            ["top.expertise", "top.contribution", "top.research-results"],
            outcomes.Values.Where(o => o.Status == ConditionStatus.AwaitsPanel).Select(o => o.ConditionId));
        Assert.All(outcomes.Values, o => Assert.Contains(o.Status, new[] { ConditionStatus.Met, ConditionStatus.AwaitsPanel }));
    }

    [Fact]
    public void An_empty_profile_leaves_every_checked_condition_undecided_naming_its_facts()
    {
        var outcomes = Criteria.TierOutcomes("top", new());

        Assert.Equal(["educationLevel", "professionalTitle"], outcomes["top.education-or-title"].MissingFacts);
        Assert.Equal(["majorProjectParticipant"], outcomes["top.major-project"].MissingFacts);
        Assert.All(outcomes.Values.Where(o => o.MissingFacts.Count > 0), o => Assert.Equal(ConditionStatus.Undecided, o.Status));
    }
}
