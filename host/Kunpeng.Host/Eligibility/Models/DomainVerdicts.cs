namespace Kunpeng.Host.Eligibility.Models;

/// <summary>One candidate's verdicts in one domain.</summary>
/// <param name="DomainId">Domain id.</param>
/// <param name="Tiers">One entry per tier, in the order of the rules.</param>
public sealed record DomainVerdicts(string DomainId, IReadOnlyList<ScreenedTier> Tiers);
