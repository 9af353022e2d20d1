using Kunpeng.Host.Workflow.Plans;

namespace Kunpeng.Host.Workflow.Engagement;

/// <summary>Registers step 10 (symposiums, visits, publicity).</summary>
public static class EngagementServiceCollectionExtensions
{
    public static IServiceCollection AddKunpengEngagement(this IServiceCollection services)
    {
        services.AddSingleton<EngagementService>();
        return RegistryIndexStartup.Add(services, "engagement", EngagementService.EnsureIndexes);
    }
}
