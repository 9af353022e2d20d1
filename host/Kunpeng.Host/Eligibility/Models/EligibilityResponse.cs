namespace Kunpeng.Host.Eligibility.Models;

/// <summary>A candidate's verdict for every tier of one domain, with each condition's outcome. Nothing is stored.</summary>
/// <param name="DomainId">The domain checked.</param>
/// <param name="PluginVersion">The version of the plugin whose criteria were applied.</param>
/// <param name="ReferenceDate">The date ages and periods were computed at.</param>
/// <param name="Tiers">One entry per tier, in the order of the rules.</param>
public sealed record EligibilityResponse(string DomainId, string PluginVersion, DateOnly ReferenceDate, IReadOnlyList<TierResult> Tiers);
