using Kunpeng.Host.Registry;

namespace Kunpeng.Host.Workflow.Persons;

/// <summary>Registers the talent database.</summary>
public static class PersonsRegistration
{
    public static IServiceCollection AddKunpengPersons(this IServiceCollection services)
    {
        services.AddSingleton<PersonService>();
        services.AddHostedService<PersonsStartup>();
        return services;
    }

    private sealed class PersonsStartup(RegistryDatabase registry) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            PersonService.EnsureIndexes(registry.Database);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
