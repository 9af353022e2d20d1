using Kunpeng.Host.Registry;

namespace Kunpeng.Host.Workflow.Determinations;

/// <summary>Registers determinations and the quota tolerance (seeded from configuration on first start).</summary>
public static class DeterminationsRegistration
{
    public static IServiceCollection AddKunpengDeterminations(this IServiceCollection services)
    {
        services.AddSingleton<QuotaTolerance>();
        services.AddSingleton<DeterminationService>();
        services.AddHostedService<DeterminationsStartup>();
        return services;
    }

    private sealed class DeterminationsStartup(RegistryDatabase registry, QuotaTolerance tolerance) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            DeterminationService.EnsureIndexes(registry.Database);
            tolerance.Seed();
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
