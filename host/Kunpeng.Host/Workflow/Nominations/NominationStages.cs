using Kunpeng.Host.Workflow.Writing;

namespace Kunpeng.Host.Workflow.Nominations;

/// <summary>
/// How a nomination moves, whichever area makes the move: the nominator edits, documents and submits a
/// draft (nominations), the bureau re-screens it, assigns and takes off reviewers whose reviews give the
/// panel's result (reviews), and the fixed list selects it or leaves it off (determinations). A
/// nomination may be withdrawn until the panel has decided. The action names are the audit trail's.
/// </summary>
public static class NominationStages
{
    public const string Updated = "nomination.updated";
    public const string DocumentAdded = "nomination.document-added";
    public const string DocumentRemoved = "nomination.document-removed";
    public const string Submitted = "nomination.submitted";
    public const string Rescreened = "nomination.rescreened";
    public const string Withdrawn = "nomination.withdrawn";
    public const string ReviewersAssigned = "nomination.reviewers-assigned";
    public const string ReviewerRemoved = "nomination.reviewer-removed";
    public const string PanelResult = "nomination.panel-result";
    public const string Selected = "nomination.selected";
    public const string NotSelected = "nomination.not-selected";

    /// <summary>Where the panel's work puts a nomination: submitted without reviewers, else as its derived result says.</summary>
    public static NominationStatus PanelStage(Nomination n) =>
        n.ReviewerIds.Count == 0 ? NominationStatus.Submitted
        : n.Panel?.Result switch
        {
            PanelResults.Passed => NominationStatus.PanelPassed,
            PanelResults.Rejected => NominationStatus.PanelRejected,
            _ => NominationStatus.UnderReview,
        };

    private static readonly NominationStatus[] InReview =
        [NominationStatus.UnderReview, NominationStatus.PanelPassed, NominationStatus.PanelRejected];

    private static readonly NominationStatus[] AwaitingDetermination = [NominationStatus.Submitted, .. InReview];

    public static readonly StageTable<Nomination, NominationStatus> Table = new(
        "nomination", n => n.Status, (n, s) => n.Status = s, n => n.Id,
        [
            StageMove.Within(Updated, "edit it", NominationStatus.Draft),
            StageMove.Within(DocumentAdded, "add a document", NominationStatus.Draft),
            StageMove.Within(DocumentRemoved, "remove a document", NominationStatus.Draft),
            StageMove.Between(Submitted, "submit it", NominationStatus.Submitted, NominationStatus.Draft),
            StageMove.Within(Rescreened, "re-screen it", AwaitingDetermination),
            StageMove.Between(Withdrawn, "withdraw it", NominationStatus.Withdrawn, NominationStatus.Draft, NominationStatus.Submitted, NominationStatus.UnderReview),
            StageMove.Decided(ReviewersAssigned, "assign reviewers", InReview, AwaitingDetermination),
            StageMove.Decided(ReviewerRemoved, "take a reviewer off", AwaitingDetermination, InReview),
            StageMove.Decided(PanelResult, "derive the panel's result", InReview, InReview),
            StageMove.Between(Selected, "select it", NominationStatus.Selected, NominationStatus.PanelPassed),
            StageMove.Between(NotSelected, "leave it off the list", NominationStatus.NotSelected, NominationStatus.PanelPassed),
        ],
        PanelStage);
}
