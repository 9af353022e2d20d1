namespace Kunpeng.Architecture.Tests;

/// <summary>Waiting to move onto the registry seam and the write path (issue 9); the list only shrinks and ends empty.</summary>
internal static class TransitionalLiteDbUsers
{
    public static readonly IReadOnlySet<string> Types = new HashSet<string>(StringComparer.Ordinal)
    {
        "Kunpeng.Host.Api.AuditApi",
        "Kunpeng.Host.Demo.DemoSeeder",
        "Kunpeng.Host.Registry.LegacyAudit",
        "Kunpeng.Host.Registry.RegistryDatabase",
        "Kunpeng.Host.Workflow.Acceptance.AcceptanceService",
        "Kunpeng.Host.Workflow.CycleGuards",
        "Kunpeng.Host.Workflow.Dashboard.DashboardService",
        "Kunpeng.Host.Workflow.Grants.GrantService",
        "Kunpeng.Host.Workflow.Grants.GrantsServiceCollectionExtensions",
        "Kunpeng.Host.Workflow.Plans.CycleSteps",
        "Kunpeng.Host.Workflow.Plans.RegistryIndexStartup",
        "Kunpeng.Host.Workflow.Plans.RegistryIndexes",
        "Kunpeng.Host.Workflow.QueryPages",
    };
}
