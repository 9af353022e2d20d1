namespace Kunpeng.Architecture.Tests;

/// <summary>Files whose namespace is not their folder's, waiting to be deleted with the old workflow helpers (issue 9); the list only shrinks and ends empty.</summary>
internal static class TransitionalNamespaceFiles
{
    public static readonly IReadOnlySet<string> Paths = new HashSet<string>(StringComparer.Ordinal)
    {
        "host/Kunpeng.Host/Workflow/Shared/CycleGuards.cs",
        "host/Kunpeng.Host/Workflow/Shared/ProgrammeCalendar.cs",
        "host/Kunpeng.Host/Workflow/Shared/QueryPages.cs",
        "host/Kunpeng.Host/Workflow/Shared/WorkflowGuards.cs",
    };
}
