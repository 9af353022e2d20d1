using Kunpeng.Plugins.Health;
using static Kunpeng.Plugins.Tests.Assessing;

namespace Kunpeng.Plugins.Tests.Health;

/// <summary>卫生: each branch of both either-or clauses at its bound and one step below, the age, missing facts.</summary>
public class HealthTierTests
{
    private static readonly HealthCriteria Criteria = new();

    private const string TopDoctorate = "top.title-or-doctorate";
    private const string BackboneTitleOrEducation = "backbone.title-or-education";

    [Fact]
    public void An_associate_senior_title_meets_the_top_clause_without_a_doctorate()
    {
        var outcome = Criteria.Outcome(TopDoctorate,
            new() { ProfessionalTitle = ProfessionalTitle.AssociateSenior, EducationLevel = EducationLevel.Bachelor });

        Assert.Equal(ConditionStatus.Met, outcome.Status);
        Assert.Equal("专业技术职务：副高级；学历：本科", outcome.Found);
        Assert.Equal("专业技术职务：≥ 副高级；或 学历：≥ 博士研究生", outcome.Required);
    }

    [Fact]
    public void A_doctorate_meets_the_top_clause_with_an_intermediate_title() =>
        Assert.Equal(ConditionStatus.Met, Criteria.Status(TopDoctorate,
            new() { ProfessionalTitle = ProfessionalTitle.Intermediate, EducationLevel = EducationLevel.Doctorate }));

    [Fact]
    public void An_intermediate_title_with_a_masters_degree_is_one_step_short_on_both_branches() =>
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status(TopDoctorate,
            new() { ProfessionalTitle = ProfessionalTitle.Intermediate, EducationLevel = EducationLevel.Master }));

    [Fact]
    public void One_branch_met_decides_the_top_clause_even_when_the_other_fact_is_missing()
    {
        Assert.Equal(ConditionStatus.Met, Criteria.Status(TopDoctorate, new() { ProfessionalTitle = ProfessionalTitle.Senior }));
        Assert.Equal(ConditionStatus.Met, Criteria.Status(TopDoctorate, new() { EducationLevel = EducationLevel.Doctorate }));
    }

    [Fact]
    public void One_branch_not_met_and_the_other_missing_is_undecided_naming_the_missing_fact()
    {
        var noEducation = Criteria.Outcome(TopDoctorate, new() { ProfessionalTitle = ProfessionalTitle.Intermediate });
        var noTitle = Criteria.Outcome(TopDoctorate, new() { EducationLevel = EducationLevel.Master });

        Assert.Equal(ConditionStatus.Undecided, noEducation.Status);
        Assert.Equal(["educationLevel"], noEducation.MissingFacts);
        Assert.Equal(ConditionStatus.Undecided, noTitle.Status);
        Assert.Equal(["professionalTitle"], noTitle.MissingFacts);
    }

    [Fact]
    public void Every_other_top_condition_awaits_the_panel() =>
        Assert.Equal(
            [ConditionStatus.Undecided, ConditionStatus.AwaitsPanel, ConditionStatus.AwaitsPanel, ConditionStatus.AwaitsPanel],
            Criteria.Tier("top", new()).Select(o => o.Status));

    [Fact]
    public void Aged_40_on_the_reference_date_is_met_and_the_41st_birthday_is_not()
    {
        var outcome = Criteria.Outcome("backbone.age", new() { BirthDate = Aged(40) });

        Assert.Equal(ConditionStatus.Met, outcome.Status);
        Assert.Equal("≤ 40 周岁", outcome.Required);
        Assert.Equal(ConditionStatus.Met, Criteria.Status("backbone.age", new() { BirthDate = Aged(41).AddDays(1) }));
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("backbone.age", new() { BirthDate = Aged(41) }));
    }

    [Fact]
    public void The_age_limit_is_the_same_for_women_and_never_asks_for_gender()
    {
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("backbone.age", new() { BirthDate = Aged(41), Gender = Gender.Female }));
        Assert.Equal(["birthDate"], Criteria.Definition("backbone.age").Facts);
    }

    [Fact]
    public void An_intermediate_title_meets_the_backbone_clause_with_only_secondary_education() =>
        Assert.Equal(ConditionStatus.Met, Criteria.Status(BackboneTitleOrEducation,
            new() { ProfessionalTitle = ProfessionalTitle.Intermediate, EducationLevel = EducationLevel.Secondary }));

    [Fact]
    public void A_bachelor_meets_the_backbone_clause_with_a_junior_title() =>
        Assert.Equal(ConditionStatus.Met, Criteria.Status(BackboneTitleOrEducation,
            new() { ProfessionalTitle = ProfessionalTitle.Junior, EducationLevel = EducationLevel.Bachelor }));

    [Fact]
    public void A_junior_title_with_an_associate_degree_is_one_step_short_on_both_branches()
    {
        var outcome = Criteria.Outcome(BackboneTitleOrEducation,
            new() { ProfessionalTitle = ProfessionalTitle.Junior, EducationLevel = EducationLevel.Associate });

        Assert.Equal(ConditionStatus.NotMet, outcome.Status);
        Assert.Equal("专业技术职务：≥ 中级；或 学历：≥ 本科", outcome.Required);
    }

    [Fact]
    public void A_junior_title_and_the_education_missing_is_undecided_naming_the_education()
    {
        var outcome = Criteria.Outcome(BackboneTitleOrEducation, new() { ProfessionalTitle = ProfessionalTitle.Junior });

        Assert.Equal(ConditionStatus.Undecided, outcome.Status);
        Assert.Equal(["educationLevel"], outcome.MissingFacts);
    }

    [Fact]
    public void An_empty_profile_leaves_the_checked_conditions_undecided_naming_their_facts()
    {
        var top = Criteria.Tier("top", new());
        var backbone = Criteria.Tier("backbone", new());

        Assert.Equal(["professionalTitle", "educationLevel"], top.Single(o => o.ConditionId == TopDoctorate).MissingFacts);
        Assert.Equal(["birthDate"], backbone.Single(o => o.ConditionId == "backbone.age").MissingFacts);
        Assert.Equal(["professionalTitle", "educationLevel"], backbone.Single(o => o.ConditionId == BackboneTitleOrEducation).MissingFacts);
        Assert.Equal(
            [ConditionStatus.AwaitsPanel, ConditionStatus.Undecided, ConditionStatus.AwaitsPanel, ConditionStatus.Undecided, ConditionStatus.AwaitsPanel],
            backbone.Select(o => o.Status));
    }

    [Fact]
    public void A_fully_qualified_backbone_candidate_meets_every_checked_condition() =>
        Assert.Equal(
            [ConditionStatus.AwaitsPanel, ConditionStatus.Met, ConditionStatus.AwaitsPanel, ConditionStatus.Met, ConditionStatus.AwaitsPanel],
            Criteria.Tier("backbone", new()
            {
                BirthDate = Aged(32),
                ProfessionalTitle = ProfessionalTitle.Intermediate,
                EducationLevel = EducationLevel.Bachelor,
            }).Select(o => o.Status));
}
