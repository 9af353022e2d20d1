namespace Kunpeng.Host.Workflow.Determinations;

/// <summary>The bureau's proposed list.</summary>
/// <param name="Tiers">Per tier: the nominations selected.</param>
public sealed record DeterminationRequest(IReadOnlyList<TierSelection>? Tiers);

/// <summary>One tier of a proposed list.</summary>
/// <param name="Tier">Tier id.</param>
/// <param name="NominationIds">Nominations selected in this tier (panel passed, not ineligible).</param>
public sealed record TierSelection(string? Tier, IReadOnlyList<string>? NominationIds);

/// <summary>Why the Talent Office returns a list awaiting its approval.</summary>
/// <param name="Reason">Required.</param>
public sealed record ReturnRequest(string? Reason);

/// <summary>The quota tolerance: how far (percent) a tier may go beyond its quota before the Talent Office must approve.</summary>
/// <param name="Percent">0–500.</param>
public sealed record QuotaToleranceRequest(int? Percent);

/// <summary>The quota tolerance in force.</summary>
/// <param name="Percent">Percent over quota allowed without the Talent Office's approval.</param>
/// <param name="Version">The ETag's value.</param>
public sealed record QuotaToleranceView(int Percent, int Version);

/// <summary>A determination with each tier's fill against its quota.</summary>
public sealed record DeterminationView(
    string CycleId, string DomainId, DeterminationStatus Status, int TolerancePercent, IReadOnlyList<TierFill> Tiers,
    string? ProposedBy, DateTime? ProposedUtc, string? ApprovedBy, string? FixedBy, DateTime? FixedUtc, string? ReturnedReason, int Version);

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

/// <summary>The host setting (<c>workflow_settings</c>) holding the quota tolerance.</summary>
public sealed class QuotaToleranceSetting
{
    public string Id { get; set; } = QuotaTolerance.SettingId;
    public int Percent { get; set; }
    public int Version { get; set; } = 1;
}
