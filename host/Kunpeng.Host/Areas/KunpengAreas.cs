using Kunpeng.Host.Hosting;

namespace Kunpeng.Host.Areas;

/// <summary>Registers and maps a list of areas.</summary>
public static class KunpengAreas
{
    public static IServiceCollection AddKunpengAreas(this IServiceCollection services, IConfiguration configuration, IReadOnlyList<KunpengArea> areas)
    {
        foreach (var area in areas)
        {
            area.AddServices(services, configuration);
            services.AddRegistryIndexes(area.Indexes);
            foreach (var migration in area.Migrations)
            {
                services.AddRegistryMigration(migration);
            }
        }

        return services;
    }

    public static IEndpointRouteBuilder MapKunpengAreas(this IEndpointRouteBuilder endpoints, IReadOnlyList<KunpengArea> areas)
    {
        foreach (var area in areas)
        {
            area.MapEndpoints(endpoints);
        }

        return endpoints;
    }
}
