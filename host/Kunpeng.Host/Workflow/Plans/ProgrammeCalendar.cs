namespace Kunpeng.Host.Workflow.Plans;

/// <summary>
/// The district's calendar: deadlines such as "by 31 December" and "overdue" are judged on the
/// date in China Standard Time (UTC+8, no daylight saving), whatever the server's time zone.
/// </summary>
public static class ProgrammeCalendar
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>Today in the district.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);

    /// <summary>A date-only value as stored in the registry: midnight UTC of that date.</summary>
    public static DateTime ToStored(DateOnly date) => new(date, TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>A stored date-only value back as a date, whatever kind LiteDB hands back.</summary>
    public static DateOnly FromStored(DateTime stored) =>
        DateOnly.FromDateTime(stored.Kind == DateTimeKind.Local ? stored.ToUniversalTime() : stored);

    /// <summary>A stored instant as UTC (LiteDB returns local time unless told otherwise).</summary>
    public static DateTime Utc(DateTime stored) => stored.Kind switch
    {
        DateTimeKind.Local => stored.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(stored, DateTimeKind.Utc),
        _ => stored,
    };

    public static DateTime? Utc(DateTime? stored) => stored is { } s ? Utc(s) : null;
}
