using Kunpeng.Host.Workflow.Plans;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kunpeng.Host.Measures;

/// <summary>Registers the bureaus' measures catalogues and makes the workflow read measures from them.</summary>
public static class MeasuresServiceCollectionExtensions
{
    public static IServiceCollection AddKunpengMeasures(this IServiceCollection services)
    {
        services.TryAddSingleton<IMeasureDefaultsSource, PluginMeasureDefaultsSource>();
        services.TryAddSingleton<MeasureCatalogService>();
        services.TryAddSingleton<PluginDomainTermsSource>();
        // The plans, implementation, grants… read the effective catalogue, not the plugin's defaults.
        services.TryAddSingleton<IDomainTermsSource>(sp => new EffectiveDomainTermsSource(
            sp.GetRequiredService<PluginDomainTermsSource>(), sp.GetRequiredService<MeasureCatalogService>()));
        return RegistryIndexStartup.Add(services, "measures", MeasureCatalogService.EnsureIndexes);
    }
}
