using Kunpeng.Host.Plugins;

namespace Kunpeng.Host.Api.Models;

/// <summary>Copies a plugin's organizer data into host-owned views, so nothing serialized is a plugin object.</summary>
internal static class DomainViews
{
    public static DomainSummary Summary(LoadedDomainPlugin plugin)
    {
        var domain = plugin.Organizer.Domain;
        var organizer = plugin.Organizer.Profile.Bodies.FirstOrDefault(b => b.Roles.Contains(Abstractions.BodyRole.Organizes));
        return new DomainSummary(domain.Id, domain.NameZh, domain.NameEn, plugin.Version, organizer?.NameZh, organizer?.NameEn);
    }

    public static DomainDetail Detail(LoadedDomainPlugin plugin)
    {
        var domain = plugin.Organizer.Domain;
        var profile = plugin.Organizer.Profile;
        var intake = profile.Intake;
        return new DomainDetail(
            domain.Id,
            domain.NameZh,
            domain.NameEn,
            plugin.Version,
            plugin.ContractVersion.ToString(2),
            profile.Bodies.Select(b => new OrganizingBodyView(b.NameZh, b.NameEn, b.Roles.ToList())).ToList(),
            new IntakeView(
                intake.Channels.ToList(),
                intake.Deadline is { } d ? $"{d.Month:00}-{d.Day:00}" : null,
                intake.RequiredDocumentsZh.ToList(),
                intake.DocumentsVerifiedByPanel,
                intake.PreferredPoolZh,
                intake.NoteZh),
            profile.Tiers.Select(t => new TierView(t.Id, t.NameZh, t.NameEn, t.Quota?.Target, t.Quota?.Approximate ?? false, t.QuotaTextZh, t.GrantCny)).ToList(),
            profile.PlanApprovalRequired);
    }
}
