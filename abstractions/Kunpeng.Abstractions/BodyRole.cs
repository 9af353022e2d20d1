namespace Kunpeng.Abstractions;

/// <summary>A part a body plays in a domain's yearly cycle.</summary>
public enum BodyRole
{
    /// <summary>统一组织实施: owns the domain's programme.</summary>
    Organizes,
    /// <summary>Receives nominations (申报/上报 to it).</summary>
    ReceivesNominations,
    /// <summary>Chooses the nominees itself (e.g. the Organization Department).</summary>
    SelectsNominees,
    /// <summary>Hires experts and forms the review panel.</summary>
    FormsReviewPanel,
    /// <summary>Drafts the annual cultivation plan.</summary>
    DraftsPlan,
    /// <summary>Approves the annual plan before it is filed.</summary>
    ApprovesPlan,
    /// <summary>Files the plan with the Talent Office (报区人才办备案).</summary>
    FilesPlan,
    /// <summary>Carries out the plan.</summary>
    ImplementsPlan,
    /// <summary>Reports progress to the Talent Office.</summary>
    ReportsProgress,
    /// <summary>Writes and submits the year-end summary.</summary>
    SubmitsSummary,
    /// <summary>Assists with nominations and cultivation (协助).</summary>
    AssistsNomination,
    /// <summary>Nominates candidates (base units, associations).</summary>
    Nominates,
}
