using System.Globalization;
using Kunpeng.Abstractions;

namespace Kunpeng.Host.Workflow;

/// <summary>Workflow settings from configuration (<c>Kunpeng:Workflow</c>).</summary>
public sealed class WorkflowOptions
{
    public const string Section = "Kunpeng:Workflow";

    /// <summary>
    /// Nomination deadline (MM-dd) for domains whose rules fix none (all but culture, whose plugin
    /// says 10-31). The Talent Office can still give a cycle its own deadline when creating it.
    /// </summary>
    public string DefaultNominationDeadline { get; set; } = "09-30";

    /// <summary>The district's offset from UTC, for "today" against deadlines.</summary>
    public double UtcOffsetHours { get; set; } = 8;

    /// <summary>Largest accepted upload, in bytes (10 MB).</summary>
    public long MaxDocumentBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Quota tolerance (percent over a tier's quota) until the Talent Office sets one.</summary>
    public int DefaultQuotaTolerancePercent { get; set; } = 20;

    public AnnualDate DefaultDeadline()
    {
        var parsed = DateOnly.ParseExact("2000-" + DefaultNominationDeadline, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new AnnualDate(parsed.Month, parsed.Day);
    }
}
