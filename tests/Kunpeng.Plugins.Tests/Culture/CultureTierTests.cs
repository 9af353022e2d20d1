using Kunpeng.Plugins.Culture;
using static Kunpeng.Plugins.Tests.Assessing;

namespace Kunpeng.Plugins.Tests.Culture;

/// <summary>文化: the any-of group (met by membership, otherwise awaiting the panel), the age and the field.</summary>
public class CultureTierTests
{
    private static readonly CultureCriteria Criteria = new();

    private const string Recognition = "top.recognition";

    [Fact]
    public void A_municipal_association_member_meets_the_group()
    {
        var outcome = Criteria.Outcome(Recognition, new() { AssociationMembership = AssociationMembership.Municipal });

        Assert.Equal(ConditionStatus.Met, outcome.Status);
        Assert.Equal("满足下列条件之一", outcome.Required);
        Assert.Equal(
            [ConditionStatus.Met, ConditionStatus.AwaitsPanel, ConditionStatus.AwaitsPanel],
            outcome.Alternatives.Select(a => a.Status));
        Assert.Equal("市级协会会员", outcome.Alternatives[0].Found);
    }

    [Fact]
    public void A_national_association_member_meets_the_group() =>
        Assert.Equal(ConditionStatus.Met, Criteria.Status(Recognition, new() { AssociationMembership = AssociationMembership.National }));

    [Fact]
    public void A_non_member_is_not_rejected_but_awaits_the_panel_on_the_two_qualitative_items()
    {
        var outcome = Criteria.Outcome(Recognition, new() { AssociationMembership = AssociationMembership.None });

        Assert.Equal(ConditionStatus.AwaitsPanel, outcome.Status);
        Assert.Equal(
            [ConditionStatus.NotMet, ConditionStatus.AwaitsPanel, ConditionStatus.AwaitsPanel],
            outcome.Alternatives.Select(a => a.Status));
        Assert.Equal("非会员", outcome.Alternatives[0].Found);
        Assert.Empty(outcome.MissingFacts);
    }

    [Fact]
    public void Membership_not_given_awaits_the_panel_and_the_membership_item_names_the_missing_fact()
    {
        var outcome = Criteria.Outcome(Recognition, new());

        Assert.Equal(ConditionStatus.AwaitsPanel, outcome.Status);
        Assert.Equal(ConditionStatus.Undecided, outcome.Alternatives[0].Status);
        Assert.Equal(["associationMembership"], outcome.Alternatives[0].MissingFacts);
    }

    [Fact]
    public void The_reputation_of_the_lead_in_awaits_the_panel_even_for_a_member() =>
        Assert.Equal(ConditionStatus.AwaitsPanel,
            Criteria.Status("top.reputation", new() { AssociationMembership = AssociationMembership.National }));

    [Fact]
    public void Aged_40_on_the_reference_date_is_met_and_the_41st_birthday_is_not()
    {
        var outcome = Criteria.Outcome("backbone.age", new() { BirthDate = Aged(40) });

        Assert.Equal(ConditionStatus.Met, outcome.Status);
        Assert.Equal("40 周岁", outcome.Found);
        Assert.Equal(ConditionStatus.Met, Criteria.Status("backbone.age", new() { BirthDate = Aged(41).AddDays(1) }));
        Assert.Equal(ConditionStatus.NotMet, Criteria.Status("backbone.age", new() { BirthDate = Aged(41) }));
    }

    [Fact]
    public void The_age_limit_is_the_same_for_women_and_never_asks_for_gender()
    {
        Assert.Equal(ConditionStatus.Met, Criteria.Status("backbone.age", new() { BirthDate = Aged(40), Gender = Gender.Female }));
        Assert.Equal(["birthDate"], Criteria.Definition("backbone.age").Facts);
    }

    [Theory]
    [InlineData(CultureField.Arts)]
    [InlineData(CultureField.Heritage)]
    [InlineData(CultureField.Media)]
    [InlineData(CultureField.Literature)]
    [InlineData(CultureField.Theory)]
    public void Each_listed_field_is_met(CultureField field) =>
        Assert.Equal(ConditionStatus.Met, Criteria.Status("backbone.field", new() { CultureField = field }));

    [Fact]
    public void A_field_outside_the_list_is_not_met()
    {
        var outcome = Criteria.Outcome("backbone.field", new() { CultureField = CultureField.Other });

        Assert.Equal(ConditionStatus.NotMet, outcome.Status);
        Assert.Equal("其他", outcome.Found);
        Assert.Equal("文化艺术 或 文化遗产保护 或 新闻传媒 或 文学创作 或 理论研究", outcome.Required);
    }

    [Fact]
    public void An_empty_profile_leaves_the_checked_conditions_undecided_naming_their_facts()
    {
        var backbone = Criteria.Tier("backbone", new());

        Assert.Equal(
            [ConditionStatus.Undecided, ConditionStatus.AwaitsPanel, ConditionStatus.Undecided, ConditionStatus.AwaitsPanel],
            backbone.Select(o => o.Status));
        Assert.Equal([["birthDate"], [], ["cultureField"], []], backbone.Select(o => o.MissingFacts));
    }

    [Fact]
    public void A_qualified_backbone_candidate_meets_every_checked_condition() =>
        Assert.Equal(
            [ConditionStatus.Met, ConditionStatus.AwaitsPanel, ConditionStatus.Met, ConditionStatus.AwaitsPanel],
            Criteria.Tier("backbone", new() { BirthDate = Aged(28), CultureField = CultureField.Heritage })
                .Select(o => o.Status));
}
