using Kunpeng.Host.Workflow.Nominations;
using Kunpeng.Host.Workflow.Reviews;
using Xunit;

namespace Kunpeng.Workflow.Tests.Reviews;

/// <summary>The panel rule: strict majorities of the reviewers without a conflict, once all have reviewed.</summary>
public sealed class PanelRuleTests
{
    private static Nomination Nominee(int reviewers, bool generalNotMet = false)
    {
        var conditions = new List<ScreenedCondition> { new() { Id = "top.expertise", Kind = "qualitative", Status = "awaits-panel" } };
        if (generalNotMet)
        {
            conditions.Add(new ScreenedCondition { Id = "backbone.age", Kind = "general", Status = "not-met" });
        }

        return new Nomination
        {
            Id = "n",
            ReviewerIds = Enumerable.Range(1, reviewers).Select(i => $"r{i}").ToList(),
            Screenings = [new Screening { Verdict = generalNotMet ? "needs-exception" : "pending-review", Conditions = conditions }],
        };
    }

    private static Review Admit(string reviewer, bool met = true, bool justified = false) => new()
    {
        ReviewerId = reviewer,
        SubmittedUtc = DateTime.UtcNow,
        Recommendation = Recommendations.Admit,
        Score = 80,
        DocumentsAuthentic = true,
        Judgments = [new ConditionJudgment { ConditionId = "top.expertise", Met = met }],
        Exceptions = justified ? [new ExceptionJustification { ConditionId = "backbone.age", Justification = "理由" }] : [],
    };

    private static Review Reject(string reviewer) => new()
    {
        ReviewerId = reviewer,
        SubmittedUtc = DateTime.UtcNow,
        Recommendation = Recommendations.Reject,
        Score = 40,
        DocumentsAuthentic = true,
        Judgments = [new ConditionJudgment { ConditionId = "top.expertise", Met = false }],
    };

    [Fact]
    public void Pending_until_every_reviewer_without_a_conflict_has_reviewed()
    {
        var outcome = PanelRule.Derive(Nominee(3), [Admit("r1"), Admit("r2")]);
        Assert.Equal(PanelResults.Pending, outcome.Result);
        Assert.Equal((3, 2), (outcome.Reviewers, outcome.Submitted));
    }

    [Fact]
    public void A_declared_conflict_takes_the_reviewer_out_of_the_count()
    {
        var outcome = PanelRule.Derive(Nominee(3), [new Review { ReviewerId = "r1", Conflict = true }, Admit("r2"), Admit("r3")]);
        Assert.Equal(PanelResults.Passed, outcome.Result);
        Assert.Equal((2, 1), (outcome.Reviewers, outcome.Conflicted));
    }

    [Fact]
    public void A_tie_is_not_a_majority()
    {
        var outcome = PanelRule.Derive(Nominee(4), [Admit("r1"), Admit("r2"), Reject("r3"), Reject("r4")]);
        Assert.Equal(PanelResults.Rejected, outcome.Result);
        Assert.Contains(outcome.Reasons, r => r.Contains("not a majority", StringComparison.Ordinal));
    }

    [Fact]
    public void Admitting_with_a_qualitative_condition_judged_unmet_by_the_majority_fails()
    {
        var outcome = PanelRule.Derive(Nominee(3), [Admit("r1", met: false), Admit("r2", met: false), Admit("r3")]);
        Assert.Equal(PanelResults.Rejected, outcome.Result);
        Assert.Contains(outcome.Reasons, r => r.Contains("top.expertise", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unmet_general_condition_passes_only_with_the_majoritys_justification()
    {
        Assert.Equal(PanelResults.Passed, PanelRule.Derive(Nominee(3, generalNotMet: true), [Admit("r1", justified: true), Admit("r2", justified: true), Reject("r3")]).Result);
        Assert.Equal(PanelResults.Rejected, PanelRule.Derive(Nominee(3, generalNotMet: true), [Admit("r1", justified: true), Reject("r2"), Reject("r3")]).Result);
    }

    [Fact]
    public void No_reviewer_without_a_conflict_leaves_it_pending()
    {
        var outcome = PanelRule.Derive(Nominee(1), [new Review { ReviewerId = "r1", Conflict = true }]);
        Assert.Equal(PanelResults.Pending, outcome.Result);
    }
}
