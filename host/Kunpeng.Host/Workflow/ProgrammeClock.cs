using Microsoft.Extensions.Options;

namespace Kunpeng.Host.Workflow;

/// <summary>
/// The one clock of the workflow: the instant from the injected <see cref="TimeProvider"/>, and the
/// date where the programme runs (UTC+8 by default, <c>Kunpeng:Workflow:UtcOffsetHours</c>), for
/// deadlines, "overdue", "late" and the "today" ages are counted at.
/// </summary>
public sealed class ProgrammeClock(TimeProvider time, IOptions<WorkflowOptions> options)
{
    public TimeProvider Time => time;

    /// <summary>The district's offset from UTC.</summary>
    public TimeSpan Offset => TimeSpan.FromHours(options.Value.UtcOffsetHours);

    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    /// <summary>Today in the district.</summary>
    public DateOnly Today => DateOf(time.GetUtcNow());

    /// <summary>The district's date at an instant.</summary>
    public DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>The district's date at a stored UTC instant.</summary>
    public DateOnly DateOf(DateTime utc) => DateOf(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));
}
