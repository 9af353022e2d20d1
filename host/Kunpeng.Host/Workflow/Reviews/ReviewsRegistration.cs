using Kunpeng.Host.Registry;

namespace Kunpeng.Host.Workflow.Reviews;

/// <summary>Registers expert review.</summary>
public static class ReviewsRegistration
{
    public static IServiceCollection AddKunpengReviews(this IServiceCollection services)
    {
        services.AddSingleton<ReviewService>();
        services.AddHostedService<ReviewsStartup>();
        return services;
    }

    private sealed class ReviewsStartup(RegistryDatabase registry) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            ReviewService.EnsureIndexes(registry.Database);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
