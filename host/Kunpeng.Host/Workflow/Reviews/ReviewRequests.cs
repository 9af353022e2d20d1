namespace Kunpeng.Host.Workflow.Reviews;

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
