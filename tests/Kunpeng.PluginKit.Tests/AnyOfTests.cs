namespace Kunpeng.PluginKit.Tests;

/// <summary>文化 拔尖: 同时具备下列条件之一 — one fact-checked alternative and two only the panel can judge.</summary>
public class AnyOfTests
{
    private static readonly CriteriaSet Culture = CriteriaSet.For("culture")
        .Tier("top", "拔尖人才人选，需要在文化领域内具有较高声望，能够起到带动引领作用，同时具备下列条件之一：", t => t
            .AnyOf("recognition", "三.1", "同时具备下列条件之一", alts => alts
                .Hard("membership", "三.1.(1)", "国家级、市级文化艺术协会的会员",
                    Check.IsOneOf(CommonFacts.AssociationMembership, AssociationMembership.National, AssociationMembership.Municipal))
                .Qualitative("accomplishment", "三.1.(2)", "具有深厚的文学艺术修养……对所在领域的发展作出重要贡献")
                .Qualitative("works", "三.1.(3)", "……有业界公认的代表性作品或成果，业绩和能力得到广泛认可")))
        .Build();

    /// <summary>Two fact-checked alternatives only: no panel route.</summary>
    private static readonly CriteriaSet FactsOnly = CriteriaSet.For("sample")
        .Tier("top", "同时具备下列条件之一：", t => t
            .AnyOf("route", "三.1", "具备下列条件之一", alts => alts
                .Hard("membership", "三.1.(1)", "协会会员",
                    Check.IsOneOf(CommonFacts.AssociationMembership, AssociationMembership.National))
                .Hard("monograph", "三.1.(2)", "有学术著作", Check.IsTrue(CommonFacts.HasMonograph))))
        .Build();

    private static ConditionOutcome Assess(CriteriaSet set, CandidateProfile profile) =>
        Assert.Single(Assert.Single(set.Assess(profile, Dates.Reference)).Outcomes);

    [Fact]
    public void Met_when_any_alternative_is_met()
    {
        var outcome = Assess(Culture, new() { AssociationMembership = AssociationMembership.Municipal });

        Assert.Equal(ConditionStatus.Met, outcome.Status);
        Assert.Equal(
            [ConditionStatus.Met, ConditionStatus.AwaitsPanel, ConditionStatus.AwaitsPanel],
            outcome.Alternatives.Select(a => a.Status));
    }

    [Fact]
    public void Awaits_the_panel_when_only_qualitative_alternatives_are_left()
    {
        var outcome = Assess(Culture, new() { AssociationMembership = AssociationMembership.None });

        Assert.Equal(ConditionStatus.AwaitsPanel, outcome.Status);
        Assert.Equal(ConditionStatus.NotMet, outcome.Alternatives[0].Status);
        Assert.Empty(outcome.MissingFacts);
    }

    [Fact]
    public void Awaits_the_panel_rather_than_undecided_while_a_qualitative_alternative_remains()
    {
        var outcome = Assess(Culture, new());

        Assert.Equal(ConditionStatus.AwaitsPanel, outcome.Status);
        Assert.Equal(ConditionStatus.Undecided, outcome.Alternatives[0].Status);
        Assert.Equal(["associationMembership"], outcome.Alternatives[0].MissingFacts);
    }

    [Fact]
    public void Undecided_naming_the_missing_facts_when_no_alternative_is_qualitative()
    {
        var outcome = Assess(FactsOnly, new() { AssociationMembership = AssociationMembership.Municipal });

        Assert.Equal(ConditionStatus.Undecided, outcome.Status);
        Assert.Equal(["hasMonograph"], outcome.MissingFacts);
    }

    [Fact]
    public void Not_met_only_when_every_alternative_is_not_met()
    {
        var outcome = Assess(FactsOnly, new() { AssociationMembership = AssociationMembership.None, HasMonograph = false });

        Assert.Equal(ConditionStatus.NotMet, outcome.Status);
        Assert.All(outcome.Alternatives, a => Assert.Equal(ConditionStatus.NotMet, a.Status));
    }

    [Fact]
    public void The_group_is_one_hard_condition_carrying_its_alternatives()
    {
        var group = Assert.Single(Assert.Single(Culture.Tiers).Conditions);

        Assert.Equal("top.recognition", group.Id);
        Assert.Equal(ConditionKind.Hard, group.Kind);
        Assert.Equal(["top.recognition.membership", "top.recognition.accomplishment", "top.recognition.works"], group.AnyOf.Select(a => a.Id));
        Assert.Equal(
            [ConditionKind.Hard, ConditionKind.Qualitative, ConditionKind.Qualitative],
            group.AnyOf.Select(a => a.Kind));
        Assert.Equal(["associationMembership"], group.Facts);
    }

    [Fact]
    public void A_group_needs_two_alternatives() =>
        Assert.Throws<InvalidOperationException>(() => CriteriaSet.For("sample")
            .Tier("top", "…", t => t.AnyOf("route", "三.1", "之一", alts => alts.Qualitative("only", "三.1.(1)", "…"))));

    [Fact]
    public void A_preference_cannot_be_an_alternative() =>
        Assert.Throws<InvalidOperationException>(() => CriteriaSet.For("sample")
            .Tier("top", "…", t => t.AnyOf("route", "三.1", "之一", alts => alts
                .Qualitative("a", "三.1.(1)", "…")
                .Preference("b", "三.1.(2)", "…优先", Check.IsTrue(CommonFacts.ReserveCadre)))));
}
