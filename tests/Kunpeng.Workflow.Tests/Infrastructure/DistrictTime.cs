namespace Kunpeng.Workflow.Tests.Infrastructure;

/// <summary>Instants in the district's time (UTC+8), for setting the tests' <see cref="FakeTimeProvider"/>.</summary>
public static class DistrictTime
{
    /// <summary>Noon in the district on the given day.</summary>
    public static DateTimeOffset Noon(int year, int month, int day) => new(year, month, day, 12, 0, 0, TimeSpan.FromHours(8));
}
