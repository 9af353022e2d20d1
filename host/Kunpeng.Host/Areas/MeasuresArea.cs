using Kunpeng.Host.Api;
using Kunpeng.Host.Measures;
using Kunpeng.Host.Workflow.Plans;
using Kunpeng.Registry;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kunpeng.Host.Areas;

/// <summary>The bureaus' measures catalogues over the plugins' defaults, and the domain terms the later steps read through them.</summary>
public sealed class MeasuresArea : KunpengArea
{
    public override void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        // A test host may serve its own defaults; it registers them first.
        services.TryAddSingleton<IMeasureDefaultsSource, PluginMeasureDefaultsSource>();
        services.AddSingleton<MeasureCatalogService>();
        services.AddSingleton<PluginDomainTermsSource>();
        // The plans, implementation, grants… read the effective catalogue, not the plugin's defaults.
        services.AddSingleton<IDomainTermsSource>(sp => new EffectiveDomainTermsSource(
            sp.GetRequiredService<PluginDomainTermsSource>(), sp.GetRequiredService<MeasureCatalogService>()));
    }

    public override IEnumerable<IndexDefinition> Indexes => MeasureCatalogService.Indexes;

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapMeasuresApi();
}
