using Kunpeng.Workflow.Tests.Infrastructure;

namespace Kunpeng.Workflow.Tests.Demo;

/// <summary>
/// One host started with <c>Kunpeng:Demo:Seed=true</c> over a registry in a temp folder and the ten
/// real plugins, shared by the tests that read the seeded demo (seeding once keeps them quick). The
/// clock is today's, as when a person runs the demo: the rules' 2015 deadlines have long passed.
/// </summary>
public sealed class SeededDemoHost : IDisposable
{
    public SeededDemoHost()
    {
        Host = new WorkflowHost(new FakeTimeProvider(DateTimeOffset.UtcNow), new Dictionary<string, string?> { ["Kunpeng:Demo:Seed"] = "true" });
        _ = Host.Services;
    }

    public WorkflowHost Host { get; }

    public void Dispose() => Host.Dispose();
}
