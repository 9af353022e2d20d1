using Kunpeng.Host.Workflow.Writing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kunpeng.Host.Api;

/// <summary>The stage tables of cycles, nominations and plans, read-only: what may come next from each stage.</summary>
public static class WorkflowStagesApi
{
    public static IEndpointRouteBuilder MapWorkflowStagesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/workflow/stages", ListStageTables).WithName(nameof(ListStageTables)).WithTags("Workflow");
        return app;
    }

    /// <summary>Every record kind's stages and the moves each action makes (the same table the write path checks).</summary>
    public static Ok<IReadOnlyList<StageTableView>> ListStageTables(IEnumerable<IDescribedStageTable> tables) =>
        TypedResults.Ok<IReadOnlyList<StageTableView>>(tables.Select(t => t.Describe()).OrderBy(t => t.Kind, StringComparer.Ordinal).ToList());
}
