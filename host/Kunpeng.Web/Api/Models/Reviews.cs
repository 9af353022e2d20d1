namespace Kunpeng.Web.Api.Models;

/// <summary>One reviewer's review of a nomination (<c>GET/PUT /api/nominations/{id}/reviews/mine</c>).</summary>
public sealed record Review(
    string Id, string NominationId, string CycleId, string DomainId, string ReviewerId, string? ReviewerName, bool Conflict, string? ConflictNote,
    IReadOnlyList<ConditionJudgment> Judgments, bool? DocumentsAuthentic, string? DocumentsNote, int? Score, string? Recommendation,
    IReadOnlyList<ExceptionJustification> Exceptions, string? Comment, DateTime? SubmittedUtc, int Version);

public sealed record ConditionJudgment(string ConditionId, bool Met, string? Note);

public sealed record ExceptionJustification(string ConditionId, string Justification);

/// <summary>A cycle's review panel: the reviewers chosen from the directory.</summary>
public sealed record ReviewPanel(string Id, string DomainId, IReadOnlyList<string> ReviewerIds, int Version);

/// <summary>An account (<c>GET /api/accounts</c>).</summary>
public sealed record AccountView(string Id, string UserName, string DisplayName, string Role, string? DomainId, string? Unit, bool Disabled);

/// <summary>An expert reviewer in the directory (<c>GET /api/reviewers</c>).</summary>
public sealed record ReviewerView(string Id, string DisplayName);
