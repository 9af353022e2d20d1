using Kunpeng.Host.Plugins;
using Kunpeng.Host.Problems;
using Kunpeng.Host.Workflow.Cycles;
using Kunpeng.Workflow.Tests.Infrastructure;

namespace Kunpeng.Workflow.Tests.Cycles;

/// <summary>A retired domain's cycles become read-only, keep their data, and become writable again when it returns.</summary>
public sealed class CycleAvailabilityTests : IDisposable
{
    private readonly WorkflowServices _services = new();

    [Fact]
    public void A_retired_domains_cycles_refuse_every_change_until_it_is_served_again()
    {
        _services.Cycles.OpenYear(Actors.TalentOffice, 2015);
        var observer = _services.Get<IEnumerable<IDomainAvailabilityObserver>>().OfType<CycleAvailability>().Single();

        observer.DomainRetired("health");

        var retired = _services.Cycles.Get(Actors.TalentOffice, "health-2015");
        Assert.True(retired.ReadOnly);
        Assert.False(_services.Cycles.Get(Actors.TalentOffice, "education-2015").ReadOnly);
        var refusal = Assert.Throws<StepOutOfOrderException>(() =>
            _services.Cycles.CloseNominations(Actors.BureauOf("health"), "health-2015", retired.Version));
        Assert.Contains("read-only", refusal.Message, StringComparison.Ordinal);

        observer.DomainServed("health");

        var back = _services.Cycles.Get(Actors.TalentOffice, "health-2015");
        Assert.False(back.ReadOnly);
        Assert.Equal(CycleStage.Reviewing, _services.Cycles.CloseNominations(Actors.BureauOf("health"), "health-2015", back.Version).Stage);
    }

    [Fact]
    public void Startup_marks_the_cycles_of_domains_no_plugin_serves()
    {
        _services.Cycles.OpenYear(Actors.TalentOffice, 2015);
        var availability = _services.Get<CycleAvailability>();

        availability.Reconcile(["education"]);

        Assert.False(_services.Cycles.Get(Actors.TalentOffice, "education-2015").ReadOnly);
        Assert.True(_services.Cycles.Get(Actors.TalentOffice, "culture-2015").ReadOnly);
        availability.Reconcile(_services.Get<DomainPluginCatalog>().ActiveIds);
        Assert.False(_services.Cycles.Get(Actors.TalentOffice, "culture-2015").ReadOnly);
    }

    public void Dispose() => _services.Dispose();
}
