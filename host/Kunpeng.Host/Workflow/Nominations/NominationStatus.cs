namespace Kunpeng.Host.Workflow.Nominations;

/// <summary>Where a nomination stands.</summary>
public enum NominationStatus
{
    Draft,
    /// <summary>Submitted before the deadline and screened.</summary>
    Submitted,
    /// <summary>Reviewers are assigned.</summary>
    UnderReview,
    /// <summary>The panel passed it.</summary>
    PanelPassed,
    /// <summary>The panel did not pass it.</summary>
    PanelRejected,
    /// <summary>On the bureau's fixed list.</summary>
    Selected,
    /// <summary>Passed by the panel but not on the fixed list.</summary>
    NotSelected,
    Withdrawn,
}
