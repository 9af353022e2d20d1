using Kunpeng.Host.Api;
using Kunpeng.Host.Workflow.Tasks;
using Kunpeng.Registry;

namespace Kunpeng.Host.Areas;

/// <summary>Step 9, the bureaus' task decomposition tables and the overdue list.</summary>
public sealed class TasksArea : KunpengArea
{
    public override void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddSingleton<TaskTableService>();

    public override IEnumerable<IndexDefinition> Indexes => TaskTableService.Indexes;

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapTasksApi();
}
