namespace Kunpeng.Workflow.Tests.Infrastructure;

/// <summary>A clock the tests move: the workflow's "today" against deadlines.</summary>
public sealed class TestClockA(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Set(DateTimeOffset now) => _now = now;

    /// <summary>Noon in the district (UTC+8) on the given day.</summary>
    public static DateTimeOffset DistrictNoon(int year, int month, int day) => new(year, month, day, 12, 0, 0, TimeSpan.FromHours(8));
}
