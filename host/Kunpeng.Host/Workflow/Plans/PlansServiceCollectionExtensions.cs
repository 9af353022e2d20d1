using Kunpeng.Host.Measures;

namespace Kunpeng.Host.Workflow.Plans;

/// <summary>Registers step 6 (annual plans) and the domain terms steps 6–10 read from the plugins.</summary>
public static class PlansServiceCollectionExtensions
{
    public static IServiceCollection AddKunpengPlans(this IServiceCollection services)
    {
        // The terms come from the plugins, with the measures from the bureaus' effective catalogues.
        services.AddKunpengMeasures();
        services.AddSingleton<PlanService>();
        return RegistryIndexStartup.Add(services, "plans", PlanService.EnsureIndexes);
    }
}
