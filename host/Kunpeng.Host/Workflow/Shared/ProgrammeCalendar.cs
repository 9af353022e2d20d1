namespace Kunpeng.Host.Workflow;

/// <summary>
/// The district's calendar: deadlines such as "by 31 December" and "overdue" are judged on the
/// date in China Standard Time (UTC+8, no daylight saving), whatever the server's time zone; and
/// how date-only values and instants are stored in the registry and read back from LiteDB.
/// </summary>
public static class ProgrammeCalendar
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>Today in the district.</summary>
    public static DateOnly Today(TimeProvider clock) => Today(clock, Offset);

    /// <summary>Today at the given offset from UTC (steps 1–5 read it from <c>Kunpeng:Workflow:UtcOffsetHours</c>).</summary>
    public static DateOnly Today(TimeProvider clock, TimeSpan offset) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(offset).DateTime);

    /// <summary>A date-only value as stored in the registry: midnight UTC of that date.</summary>
    public static DateTime ToStored(DateOnly date) => new(date, TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>A stored date-only value back as a date, whatever kind LiteDB hands back (it reads UTC midnight back as local time).</summary>
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
