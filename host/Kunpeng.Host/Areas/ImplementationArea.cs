using Kunpeng.Host.Api;
using Kunpeng.Host.Workflow.Implementation;
using Kunpeng.Registry;

namespace Kunpeng.Host.Areas;

/// <summary>Step 7, implementation: activity records, work photos, progress reports, target counts and the year-end summary.</summary>
public sealed class ImplementationArea : KunpengArea
{
    public override void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PhotoOptions>(configuration.GetSection(PhotoOptions.Section));
        services.AddSingleton<ImplementationService>();
    }

    public override IEnumerable<IndexDefinition> Indexes => ImplementationService.Indexes;

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapImplementationApi();
}
