namespace Kunpeng.Web.Api.Models;

/// <summary>A revision of a cycle's annual plan (<c>GET /api/cycles/{id}/plans</c>).</summary>
public sealed record PlanView(
    string Id, string CycleId, string DomainId, int Year, int Revision, string Status, int TraineeCount, IReadOnlyList<PlanTrainee> Trainees,
    IReadOnlyList<PlanItem> Items, decimal TotalBudgetCny, string? Notes, bool ApprovalRequired, string? DraftingBodyZh, string? ApprovingBodyZh,
    string? FilingBodyZh, SignOff? Submitted, SignOff? Approved, SignOff? Filed, string? ReturnReason, string? Supersedes, string? SupersededBy,
    IReadOnlyList<PlanTarget> Targets, int Version);

public sealed record PlanTrainee(string NominationId, string PersonId, string PersonName, string Tier, string Unit);

public sealed record PlanItem(string MeasureId, string? MeasureTitleZh, string Title, string? Form, DateOnly Start, DateOnly End, decimal BudgetCny);

public sealed record PlanTarget(string MeasureId, string? MeasureTitleZh, string TargetId, string DescriptionZh, int MinimumPerYear, string? Scope);

public sealed record SignOff(string ActorId, string ActorName, string Role, string? BodyZh, DateTime AtUtc);
