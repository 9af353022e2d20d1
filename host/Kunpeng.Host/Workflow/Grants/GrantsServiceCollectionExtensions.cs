using Kunpeng.Host.Workflow.Plans;

namespace Kunpeng.Host.Workflow.Grants;

/// <summary>Registers step 8's grant ledger.</summary>
public static class GrantsServiceCollectionExtensions
{
    public static IServiceCollection AddKunpengGrants(this IServiceCollection services)
    {
        services.AddSingleton<GrantService>();
        return RegistryIndexStartup.Add(services, "grants", GrantService.EnsureIndexes);
    }
}
