using Kunpeng.Host.Workflow.Audit;
using Kunpeng.Host.Plugins;
using Kunpeng.Host.Registry;

namespace Kunpeng.Host.Workflow.Cycles;

/// <summary>Registers programmes and cycles, and seeds the Kunpeng programme at startup.</summary>
public static class CyclesRegistration
{
    public static IServiceCollection AddKunpengCycles(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<WorkflowOptions>(configuration.GetSection(WorkflowOptions.Section));
        services.AddSingleton<WorkflowClock>();
        services.AddSingleton<CycleService>();
        services.AddSingleton<CycleAvailability>();
        services.AddSingleton<IDomainAvailabilityObserver>(sp => sp.GetRequiredService<CycleAvailability>());
        services.AddHostedService<CyclesStartup>();
        return services;
    }

    // Runs after PluginStartup (registered before it), so the served domains are known.
    private sealed class CyclesStartup(RegistryDatabase registry, CycleService cycles, CycleAvailability availability, DomainPluginCatalog catalog)
        : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            // Indexes for every list filter, once at startup (EnsureIndex takes the write lock even when the index exists).
            CycleService.EnsureIndexes(registry.Database);
            cycles.SeedProgramme();
            availability.Reconcile(catalog.ActiveIds);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
