using Kunpeng.Host.Workflow.Plans;

namespace Kunpeng.Host.Workflow.Implementation;

/// <summary>Registers step 7 (activities, photos, progress reports, year-end summary).</summary>
public static class ImplementationServiceCollectionExtensions
{
    public static IServiceCollection AddKunpengImplementation(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PhotoOptions>(configuration.GetSection(PhotoOptions.Section));
        services.AddSingleton<ImplementationService>();
        return RegistryIndexStartup.Add(services, "implementation", ImplementationService.EnsureIndexes);
    }
}
