namespace Kunpeng.Host.Workflow.Reviews;

/// <summary>A cycle's review panel (评审小组), formed by the bureau (<c>panels</c>, id = cycle id).</summary>
public sealed class ReviewPanel
{
    public string Id { get; set; } = "";
    public string DomainId { get; set; } = "";
    /// <summary>Expert-reviewer account ids.</summary>
    public List<string> ReviewerIds { get; set; } = [];
    public int Version { get; set; } = 1;
}

/// <summary>One reviewer's review of one nomination (<c>reviews</c>, id = {nominationId}:{reviewerId}).</summary>
public sealed class Review
{
    public string Id { get; set; } = "";
    public string NominationId { get; set; } = "";
    public string CycleId { get; set; } = "";
    public string DomainId { get; set; } = "";
    public string ReviewerId { get; set; } = "";
    public string ReviewerName { get; set; } = "";
    /// <summary>True once the reviewer declared a conflict of interest: they review nothing of this nomination.</summary>
    public bool Conflict { get; set; }
    public string? ConflictNote { get; set; }
    /// <summary>One per qualitative condition of the tier.</summary>
    public List<ConditionJudgment> Judgments { get; set; } = [];
    /// <summary>The documents were checked and found authentic.</summary>
    public bool? DocumentsAuthentic { get; set; }
    public string? DocumentsNote { get; set; }
    /// <summary>0–100.</summary>
    public int? Score { get; set; }
    /// <summary>admit or reject.</summary>
    public string? Recommendation { get; set; }
    /// <summary>Written justifications for admitting despite a general (一般) condition not met.</summary>
    public List<ExceptionJustification> Exceptions { get; set; } = [];
    public string? Comment { get; set; }
    public DateTime? SubmittedUtc { get; set; }
    public int Version { get; set; } = 1;
}

/// <summary>A reviewer's judgment of one qualitative condition.</summary>
public sealed class ConditionJudgment
{
    public string ConditionId { get; set; } = "";
    public bool Met { get; set; }
    public string? Note { get; set; }
}

/// <summary>Why a nominee is admitted although a general (一般) condition is not met.</summary>
public sealed class ExceptionJustification
{
    public string ConditionId { get; set; } = "";
    public string Justification { get; set; } = "";
}

public static class Recommendations
{
    public const string Admit = "admit";
    public const string Reject = "reject";
}

/// <summary>The bureau's panel for a cycle.</summary>
/// <param name="ReviewerIds">Expert-reviewer account ids.</param>
public sealed record PanelRequest(IReadOnlyList<string>? ReviewerIds);

/// <summary>Reviewers to assign to a nomination (they must sit on the cycle's panel).</summary>
/// <param name="ReviewerIds">Account ids, added to those already assigned.</param>
public sealed record AssignmentRequest(IReadOnlyList<string>? ReviewerIds);

/// <summary>A conflict of interest declared by a reviewer.</summary>
/// <param name="Note">What the conflict is (required).</param>
public sealed record ConflictDeclaration(string? Note);

/// <summary>A reviewer's review.</summary>
/// <param name="Judgments">Each qualitative condition: met or not, with a note.</param>
/// <param name="DocumentsAuthentic">The documents were checked and are authentic.</param>
/// <param name="DocumentsNote">Remarks on the documents.</param>
/// <param name="Score">0–100.</param>
/// <param name="Recommendation">admit or reject.</param>
/// <param name="Exceptions">For a needs-exception verdict: a justification per general condition not met (required to admit).</param>
/// <param name="Comment">Free text.</param>
public sealed record ReviewRequest(
    IReadOnlyList<JudgmentInput>? Judgments, bool? DocumentsAuthentic, string? DocumentsNote, int? Score, string? Recommendation,
    IReadOnlyList<ExceptionInput>? Exceptions, string? Comment);

/// <summary>A judgment in a review request.</summary>
public sealed record JudgmentInput(string? ConditionId, bool? Met, string? Note);

/// <summary>An exception in a review request.</summary>
public sealed record ExceptionInput(string? ConditionId, string? Justification);
