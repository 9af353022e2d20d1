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
