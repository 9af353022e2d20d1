using Kunpeng.Host.Api;
using Kunpeng.Host.Workflow.Engagement;
using Kunpeng.Registry;

namespace Kunpeng.Host.Areas;

/// <summary>Step 10, engagement: symposiums and visits for the selected top talents, and publicity.</summary>
public sealed class EngagementArea : KunpengArea
{
    public override void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddSingleton<EngagementService>();

    public override IEnumerable<IndexDefinition> Indexes => EngagementService.Indexes;

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapEngagementApi();
}
