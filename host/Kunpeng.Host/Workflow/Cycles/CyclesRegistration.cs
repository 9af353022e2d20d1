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
        services.AddHostedService<CyclesStartup>();
        return services;
    }

    private sealed class CyclesStartup(RegistryDatabase registry, CycleService cycles) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            // Indexes for every list filter, once at startup (EnsureIndex takes the write lock even when the index exists).
            CycleService.EnsureIndexes(registry.Database);
            AuditTrail.EnsureIndexes(registry.Database);
            cycles.SeedProgramme();
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
