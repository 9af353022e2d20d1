namespace Kunpeng.Workflow.Tests.Infrastructure;

/// <summary>A clock the test sets and moves.</summary>
public sealed class ManualClockB(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
