namespace Kunpeng.Host.Api.Models;

/// <summary>A domain and how its cycle is organized.</summary>
/// <param name="Id">Domain id.</param>
/// <param name="NameZh">Chinese name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="PluginVersion">Version of the plugin serving it.</param>
/// <param name="ContractVersion">Contract version the plugin was built against.</param>
/// <param name="Bodies">Bodies named by the rules, with their roles.</param>
/// <param name="Intake">Who may nominate or apply, deadline and documents.</param>
/// <param name="Tiers">The two tiers with quota and grant.</param>
/// <param name="PlanApprovalRequired">Whether the annual plan needs approval before filing.</param>
public sealed record DomainDetail(
    string Id,
    string NameZh,
    string NameEn,
    string PluginVersion,
    string ContractVersion,
    IReadOnlyList<OrganizingBodyView> Bodies,
    IntakeView Intake,
    IReadOnlyList<TierView> Tiers,
    bool PlanApprovalRequired);
