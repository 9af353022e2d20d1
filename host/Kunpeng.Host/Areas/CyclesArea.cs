using Kunpeng.Host.Api;
using Kunpeng.Host.Plugins;
using Kunpeng.Host.Workflow.Cycles;
using Kunpeng.Host.Workflow.Writing;
using Kunpeng.Registry;

namespace Kunpeng.Host.Areas;

/// <summary>Programme periods and yearly cycles; seeds the Kunpeng programme and reconciles read-only cycles at start.</summary>
public sealed class CyclesArea : KunpengArea
{
    public override void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IDescribedStageTable>(CycleStages.Table);
        services.AddSingleton<CycleService>();
        services.AddSingleton<CycleAvailability>();
        services.AddSingleton<IDomainAvailabilityObserver>(sp => sp.GetRequiredService<CycleAvailability>());
        services.AddHostedService<CyclesStartup>();
    }

    public override IEnumerable<IndexDefinition> Indexes => CycleService.Indexes;

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapCyclesApi();

    // Runs after the plugins' start-up (that area comes first), so the served domains are known.
    private sealed class CyclesStartup(CycleService cycles, CycleAvailability availability, DomainPluginCatalog catalog) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            cycles.SeedProgramme();
            availability.Reconcile(catalog.ActiveIds);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
