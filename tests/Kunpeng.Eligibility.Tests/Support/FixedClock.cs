namespace Kunpeng.Eligibility.Tests.Support;

/// <summary>A clock stopped at one instant, so "today" (for birth dates in the future) does not move under the tests.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
