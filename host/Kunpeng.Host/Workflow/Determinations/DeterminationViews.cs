namespace Kunpeng.Host.Workflow.Determinations;

/// <summary>The quota tolerance in force.</summary>
/// <param name="Percent">Percent over quota allowed without the Talent Office's approval.</param>
/// <param name="Version">The ETag's value.</param>
public sealed record QuotaToleranceView(int Percent, int Version);

/// <summary>A determination with each tier's fill against its quota.</summary>
public sealed record DeterminationView(
    string CycleId, string DomainId, DeterminationStatus Status, int TolerancePercent, IReadOnlyList<TierFill> Tiers,
    string? ProposedBy, DateTime? ProposedUtc, string? ApprovedBy, string? FixedBy, DateTime? FixedUtc, string? ReturnedReason, int Version)
{
    /// <summary>The determination with each tier's fill at <paramref name="tolerancePercent"/>.</summary>
    public static DeterminationView Of(Determination d, int tolerancePercent) => new(
        d.Id, d.DomainId, d.Status, tolerancePercent,
        d.Tiers.Select(t => new TierFill(
            t.Tier, t.NominationIds, t.NominationIds.Count, t.Quota,
            t.Quota is > 0 ? Math.Round(100.0 * t.NominationIds.Count / t.Quota.Value, 1) : null,
            t.Limit(tolerancePercent), t.IsBeyond(tolerancePercent))).ToList(),
        d.ProposedBy, d.ProposedUtc, d.ApprovedBy, d.FixedBy, d.FixedUtc, d.ReturnedReason, d.Version);
}

/// <summary>A tier's fill: selected against the quota ("about N" is a target) and the tolerance.</summary>
/// <param name="Tier">Tier id.</param>
/// <param name="NominationIds">Selected.</param>
/// <param name="Selected">How many are selected.</param>
/// <param name="Quota">The tier's yearly target, or null where the rules give no number.</param>
/// <param name="FillPercent">Selected as a percentage of the quota, or null.</param>
/// <param name="Limit">The most that may be selected without the Talent Office's approval, or null.</param>
/// <param name="BeyondTolerance">True when more are selected than the limit.</param>
public sealed record TierFill(string Tier, IReadOnlyList<string> NominationIds, int Selected, int? Quota, double? FillPercent, int? Limit, bool BeyondTolerance);

/// <summary>A nominee who may be put on the list.</summary>
public sealed record Candidate(string NominationId, string PersonId, string PersonName, string Unit, string Tier, string? Verdict, double? AverageScore);
