namespace Kunpeng.Web.Api.Models;

/// <summary>A cycle's determination: the selected per tier, their fill against the quota and the tolerance.</summary>
public sealed record DeterminationView(
    string CycleId, string DomainId, string Status, int TolerancePercent, IReadOnlyList<TierFill> Tiers, string? ProposedBy, DateTime? ProposedUtc,
    string? ApprovedBy, string? FixedBy, DateTime? FixedUtc, string? ReturnedReason, int Version);

public sealed record TierFill(string Tier, IReadOnlyList<string> NominationIds, int Selected, int? Quota, double? FillPercent, int? Limit, bool BeyondTolerance);

/// <summary>A nomination the panel passed, which the determination may select.</summary>
public sealed record Candidate(string NominationId, string PersonId, string PersonName, string Unit, string Tier, string? Verdict, double? AverageScore);
