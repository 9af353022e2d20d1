namespace Kunpeng.Architecture.Tests;

/// <summary>Waiting to move onto the registry seam and the write path (issue 9); the list only shrinks and ends empty.</summary>
internal static class TransitionalLiteDbFiles
{
    public static readonly IReadOnlySet<string> Paths = new HashSet<string>(StringComparer.Ordinal)
    {
        "host/Kunpeng.Host/Demo/DemoSeeder.cs",
        "host/Kunpeng.Host/Registry/LegacyAudit.cs",
        "host/Kunpeng.Host/Registry/RegistryDatabase.cs",
        "host/Kunpeng.Host/Registry/RegistryOptions.cs",
        "host/Kunpeng.Host/Workflow/Dashboard/DashboardService.cs",
        "host/Kunpeng.Host/Workflow/Grants/GrantService.cs",
        "host/Kunpeng.Host/Workflow/Plans/CycleSteps.cs",
        "host/Kunpeng.Host/Workflow/Plans/RegistryIndexStartup.cs",
        "host/Kunpeng.Host/Workflow/Shared/CycleGuards.cs",
        "host/Kunpeng.Host/Workflow/Shared/ProgrammeCalendar.cs",
        "host/Kunpeng.Host/Workflow/Shared/QueryPages.cs",
    };
}
