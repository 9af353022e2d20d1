using Kunpeng.Host.Api;
using Kunpeng.Host.Workflow.Plans;
using Kunpeng.Host.Workflow.Writing;
using Kunpeng.Registry;

namespace Kunpeng.Host.Areas;

/// <summary>Step 6, the annual plan: its revisions, submission, approval and filing, moved by the plan stage table.</summary>
public sealed class PlansArea : KunpengArea
{
    public override void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IDescribedStageTable>(PlanStages.Table);
        services.AddSingleton<PlanService>();
    }

    public override IEnumerable<IndexDefinition> Indexes => PlanService.Indexes;

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapPlansApi();
}
