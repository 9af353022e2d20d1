using Kunpeng.Host.Problems;
using Kunpeng.Host.Workflow.Nominations;
using Xunit;

namespace Kunpeng.Workflow.Tests.Nominations;

/// <summary>The nomination stage table: the moves every area makes, checked and made in one place, and served as data.</summary>
public sealed class NominationStagesTests
{
    private static Nomination At(NominationStatus status, params string[] reviewers) =>
        new() { Id = "n1", Status = status, ReviewerIds = [.. reviewers] };

    [Fact]
    public void A_move_from_a_stage_the_table_does_not_list_is_409_naming_the_stage()
    {
        var problem = Assert.Throws<StepOutOfOrderException>(() => NominationStages.Table.RequireMove(At(NominationStatus.PanelPassed), NominationStages.Withdrawn));

        Assert.Equal("panel-passed", problem.Extensions["stage"]);
        Assert.Contains("'draft' or 'submitted' or 'under-review'", problem.Message, StringComparison.Ordinal);
        NominationStages.Table.RequireMove(At(NominationStatus.UnderReview), NominationStages.Withdrawn);
    }

    [Fact]
    public void Fixed_moves_end_where_the_table_says_and_moves_within_a_stage_leave_it()
    {
        var draft = At(NominationStatus.Draft);
        NominationStages.Table.Move(draft, NominationStages.Updated);
        Assert.Equal(NominationStatus.Draft, draft.Status);
        NominationStages.Table.Move(draft, NominationStages.Submitted);
        Assert.Equal(NominationStatus.Submitted, draft.Status);
    }

    [Theory]
    [InlineData(PanelResults.Pending, NominationStatus.UnderReview)]
    [InlineData(PanelResults.Passed, NominationStatus.PanelPassed)]
    [InlineData(PanelResults.Rejected, NominationStatus.PanelRejected)]
    public void The_panels_result_decides_where_a_review_move_ends(string result, NominationStatus expected)
    {
        var n = At(NominationStatus.UnderReview, "r1");
        n.Panel = new PanelOutcome { Result = result };

        NominationStages.Table.Move(n, NominationStages.PanelResult);

        Assert.Equal(expected, n.Status);
    }

    [Fact]
    public void Taking_off_the_last_reviewer_brings_it_back_to_submitted_but_assigning_none_is_a_fault()
    {
        var last = At(NominationStatus.PanelRejected);
        NominationStages.Table.Move(last, NominationStages.ReviewerRemoved);
        Assert.Equal(NominationStatus.Submitted, last.Status);

        // Submitted is not an end of an assignment: a step that assigned nobody is a programming error, not a 409.
        Assert.Throws<InvalidOperationException>(() => NominationStages.Table.Move(At(NominationStatus.Submitted), NominationStages.ReviewersAssigned));
    }

    [Fact]
    public void The_table_is_served_with_every_action_the_audit_trail_records()
    {
        var view = NominationStages.Table.Describe();

        Assert.Equal("nomination", view.Kind);
        Assert.Equal(["draft", "submitted", "under-review", "panel-passed", "panel-rejected", "selected", "not-selected", "withdrawn"], view.Stages);
        Assert.Equal(
            ["nomination.document-added", "nomination.document-removed", "nomination.not-selected", "nomination.panel-result", "nomination.rescreened",
             "nomination.reviewer-removed", "nomination.reviewers-assigned", "nomination.selected", "nomination.submitted", "nomination.updated", "nomination.withdrawn"],
            view.Moves.Select(m => m.Action).Order(StringComparer.Ordinal));
        var select = view.Moves.Single(m => m.Action == NominationStages.Selected);
        Assert.Equal(["panel-passed"], select.From);
        Assert.Equal("selected", select.To);
        var panel = view.Moves.Single(m => m.Action == NominationStages.PanelResult);
        Assert.Null(panel.To);
        Assert.Equal(["under-review", "panel-passed", "panel-rejected"], panel.OneOf);
        Assert.Empty(select.OneOf);
    }
}
