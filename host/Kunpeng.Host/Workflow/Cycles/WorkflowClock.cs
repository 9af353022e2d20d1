using Microsoft.Extensions.Options;

namespace Kunpeng.Host.Workflow.Cycles;

/// <summary>
/// Today's date where the programme runs: deadlines are calendar days in the district (UTC+8 by
/// default, <c>Kunpeng:Workflow:UtcOffsetHours</c>), not in the server's time zone.
/// </summary>
public sealed class WorkflowClock(TimeProvider time, IOptions<WorkflowOptions> options)
{
    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    public DateOnly Today => ProgrammeCalendar.Today(time, TimeSpan.FromHours(options.Value.UtcOffsetHours));
}
