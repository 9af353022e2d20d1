namespace Kunpeng.Web.Api.Models;

/// <summary>A domain served (<c>GET /api/domains</c>).</summary>
public sealed record DomainSummary(string Id, string NameZh, string NameEn, string PluginVersion, string? OrganizerZh, string? OrganizerEn);

/// <summary>A domain's organizer data (<c>GET /api/domains/{id}</c>).</summary>
public sealed record DomainDetail(
    string Id, string NameZh, string NameEn, string PluginVersion, string ContractVersion,
    IReadOnlyList<OrganizingBody> Bodies, Intake Intake, IReadOnlyList<Tier> Tiers, bool PlanApprovalRequired)
{
    /// <summary>The organizing bureau's name, e.g. 区教育局.</summary>
    public string? OrganizerZh => Bodies.FirstOrDefault(b => b.Roles.Contains("organizes"))?.NameZh;

    public string TierName(string tier) => Tiers.FirstOrDefault(t => t.Id == tier)?.NameZh ?? Text.Terms.TierFallback(tier);
}

public sealed record OrganizingBody(string NameZh, string NameEn, IReadOnlyList<string> Roles);

public sealed record Intake(
    IReadOnlyList<string> Channels, string? Deadline, IReadOnlyList<string> RequiredDocumentsZh, bool DocumentsVerifiedByPanel,
    string? PreferredPoolZh, string? NoteZh);

/// <summary>A tier: quota (a target, "5名左右"), grant per person.</summary>
public sealed record Tier(string Id, string NameZh, string NameEn, int? QuotaTarget, bool QuotaApproximate, string QuotaTextZh, decimal GrantCny);
