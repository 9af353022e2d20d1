using Kunpeng.Host.Registry;
using Kunpeng.Host.Workflow.Writing;

namespace Kunpeng.Host.Workflow.Nominations;

/// <summary>Registers nominations and their screening through the eligibility service.</summary>
public static class NominationsRegistration
{
    public static IServiceCollection AddKunpengNominations(this IServiceCollection services)
    {
        services.AddSingleton<IDescribedStageTable>(NominationStages.Table);
        services.AddSingleton<INominationScreener, EligibilityNominationScreener>();
        services.AddSingleton<NominationListTotals>();
        services.AddSingleton<NominationService>();
        services.AddHostedService<NominationsStartup>();
        return services;
    }

    private sealed class NominationsStartup(RegistryDatabase registry) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            NominationService.EnsureIndexes(registry.Database);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
