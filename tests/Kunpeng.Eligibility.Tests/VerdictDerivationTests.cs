using Kunpeng.Abstractions;
using Kunpeng.Host.Eligibility;
using static Kunpeng.Eligibility.Tests.Support.Conditions;

namespace Kunpeng.Eligibility.Tests;

public sealed class VerdictDerivationTests
{
    /// <summary>
    /// Each case is a tier written as "kind:status" pairs; the table covers every verdict, the
    /// precedence between them, and preferences never counting.
    /// </summary>
    [Theory]
    [InlineData("hard:met general:met qualitative:met", Verdict.Eligible)]
    [InlineData("hard:met", Verdict.Eligible)]
    [InlineData("hard:not-met general:met", Verdict.Ineligible)]
    [InlineData("hard:undecided", Verdict.Incomplete)]
    [InlineData("general:undecided", Verdict.Incomplete)]
    [InlineData("general:not-met", Verdict.NeedsException)]
    [InlineData("qualitative:awaits-panel", Verdict.PendingReview)]
    [InlineData("hard:awaits-panel", Verdict.PendingReview)]
    // Precedence: ineligible > incomplete > needs-exception > pending-review > eligible.
    [InlineData("hard:undecided hard:not-met", Verdict.Ineligible)]
    [InlineData("general:not-met hard:not-met qualitative:awaits-panel general:undecided", Verdict.Ineligible)]
    [InlineData("general:not-met hard:undecided", Verdict.Incomplete)]
    [InlineData("qualitative:awaits-panel general:undecided", Verdict.Incomplete)]
    [InlineData("qualitative:awaits-panel general:not-met", Verdict.NeedsException)]
    [InlineData("hard:met general:met qualitative:awaits-panel", Verdict.PendingReview)]
    // Preferences rank, they never reject, hold back or send to the panel.
    [InlineData("hard:met preference:not-met", Verdict.Eligible)]
    [InlineData("hard:met preference:undecided", Verdict.Eligible)]
    [InlineData("preference:awaits-panel", Verdict.Eligible)]
    [InlineData("qualitative:awaits-panel preference:not-met", Verdict.PendingReview)]
    // Only the panel judges a qualitative condition: the machine never fails or holds one.
    [InlineData("qualitative:not-met", Verdict.PendingReview)]
    [InlineData("qualitative:undecided", Verdict.PendingReview)]
    // A tier with no conditions has nothing to fail.
    [InlineData("", Verdict.Eligible)]
    public void Verdict_follows_kinds_statuses_and_precedence(string tier, Verdict expected)
    {
        var (conditions, outcomes) = Parse(tier);

        Assert.Equal(expected, VerdictDerivation.Derive(conditions, outcomes).Verdict);
    }

    [Fact]
    public void Any_of_group_left_to_the_panel_is_pending_review_not_ineligible()
    {
        // Culture top: high reputation, and any one of membership (checkable), accomplishment or works (panel only).
        var group = AnyOf("top.any-of", ConditionKind.Hard,
            Define("top.membership", ConditionKind.Hard, "associationMembership"),
            Define("top.accomplishment", ConditionKind.Qualitative),
            Define("top.works", ConditionKind.Qualitative));
        var outcome = Group("top.any-of", ConditionStatus.AwaitsPanel,
            Outcome("top.membership", ConditionStatus.NotMet),
            Outcome("top.accomplishment", ConditionStatus.AwaitsPanel),
            Outcome("top.works", ConditionStatus.AwaitsPanel));

        var verdict = VerdictDerivation.Derive([group], [outcome]);

        Assert.Equal(Verdict.PendingReview, verdict.Verdict);
        Assert.Empty(verdict.NotMet);
    }

    [Fact]
    public void Missing_facts_of_undecided_hard_and_general_conditions_are_listed_once_in_order()
    {
        var conditions = new[]
        {
            Define("a", ConditionKind.Hard, "teachingYears"),
            Define("b", ConditionKind.General, "birthDate", "teachingYears"),
            Define("c", ConditionKind.Preference, "reserveCadre"),
            Define("d", ConditionKind.Hard, "papers"),
        };
        var outcomes = new[]
        {
            Outcome("a", ConditionStatus.Undecided, "teachingYears"),
            Outcome("b", ConditionStatus.Undecided, "birthDate", "teachingYears"),
            Outcome("c", ConditionStatus.Undecided, "reserveCadre"),
            Outcome("d", ConditionStatus.NotMet),
        };

        var verdict = VerdictDerivation.Derive(conditions, outcomes);

        Assert.Equal(Verdict.Ineligible, verdict.Verdict);
        Assert.Equal(["teachingYears", "birthDate"], verdict.MissingFacts);
        Assert.Equal(["a", "b"], verdict.Undecided);
        Assert.Equal(["d"], verdict.NotMet);
    }

    [Fact]
    public void Missing_facts_named_only_on_undecided_alternatives_are_listed()
    {
        var group = AnyOf("g", ConditionKind.Hard, Define("g.1", ConditionKind.Hard, "papers"), Define("g.2", ConditionKind.Hard, "hasMonograph"));
        var outcome = Group("g", ConditionStatus.Undecided,
            Outcome("g.1", ConditionStatus.NotMet), Outcome("g.2", ConditionStatus.Undecided, "hasMonograph"));

        var verdict = VerdictDerivation.Derive([group], [outcome]);

        Assert.Equal(Verdict.Incomplete, verdict.Verdict);
        Assert.Equal(["hasMonograph"], verdict.MissingFacts);
    }

    [Fact]
    public void Outcomes_in_another_order_are_matched_by_id()
    {
        var conditions = new[] { Define("a", ConditionKind.Hard), Define("b", ConditionKind.General) };
        var outcomes = new[] { Outcome("b", ConditionStatus.NotMet), Outcome("a", ConditionStatus.Met) };

        Assert.Equal(Verdict.NeedsException, VerdictDerivation.Derive(conditions, outcomes).Verdict);
    }

    [Fact]
    public void A_condition_without_an_outcome_is_a_contract_violation_not_a_pass()
    {
        var conditions = new[] { Define("a", ConditionKind.Hard), Define("b", ConditionKind.Hard) };
        var outcomes = new[] { Outcome("a", ConditionStatus.Met), Outcome("c", ConditionStatus.Met) };

        var error = Assert.Throws<CriteriaContractViolationException>(() => VerdictDerivation.Derive(conditions, outcomes));
        Assert.Contains("'b'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_outcome_beyond_the_conditions_is_a_contract_violation()
    {
        var conditions = new[] { Define("a", ConditionKind.Hard) };
        var outcomes = new[] { Outcome("a", ConditionStatus.Met), Outcome("extra", ConditionStatus.NotMet) };

        Assert.Throws<CriteriaContractViolationException>(() => VerdictDerivation.Derive(conditions, outcomes));
    }

    private static (ConditionDefinition[] Conditions, ConditionOutcome[] Outcomes) Parse(string tier)
    {
        var pairs = tier.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select((pair, i) =>
        {
            var (kind, status) = (pair.Split(':')[0], pair.Split(':')[1]);
            var id = $"c{i}";
            return (Define(id, Enum.Parse<ConditionKind>(kind, ignoreCase: true), "fact" + i),
                Outcome(id, Enum.Parse<ConditionStatus>(status.Replace("-", ""), ignoreCase: true), "fact" + i));
        }).ToArray();
        return (pairs.Select(p => p.Item1).ToArray(), pairs.Select(p => p.Item2).ToArray());
    }
}
