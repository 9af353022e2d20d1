using System.Security.Claims;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow;
using Kunpeng.Host.Workflow.Plans;
using Kunpeng.Host.Workflow.Tasks;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kunpeng.Host.Api;

/// <summary>Step 9: each bureau's task decomposition table per cycle, and the overdue tasks.</summary>
public static class TasksApi
{
    public static IEndpointRouteBuilder MapTasksApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/cycles/{cycleId}/tasks", CreateTask).WithName(nameof(CreateTask)).WithTags("Tasks")
            .RequireAuthorization(KunpengPolicies.DomainManagers).WorkflowProblems(400, 403, 404, 409);
        var group = app.MapGroup("/api/tasks").WithTags("Tasks").RequireAuthorization(KunpengPolicies.DomainManagers);
        group.MapGet("/", ListTasks).WithName(nameof(ListTasks)).WorkflowProblems(400, 403);
        group.MapGet("/overdue", ListOverdueTasks).WithName(nameof(ListOverdueTasks)).WorkflowProblems(400, 403);
        group.MapGet("/{taskId}", GetTask).WithName(nameof(GetTask)).WorkflowProblems(403, 404);
        group.MapPut("/{taskId}", UpdateTask).WithName(nameof(UpdateTask)).WorkflowProblems(400, 403, 404, 409, 412, 428);
        return app;
    }

    /// <summary>Adds a row to the cycle's task decomposition table (task, duty, target, deadline, responsible leader, status).</summary>
    /// <param name="cycleId">Cycle.</param>
    /// <param name="input">The row.</param>
    /// <param name="user">The caller.</param>
    /// <param name="response">The response (its ETag header).</param>
    /// <param name="tasks">The service.</param>
    public static Created<TaskView> CreateTask(string cycleId, TaskInput input, ClaimsPrincipal user, HttpResponse response, TaskTableService tasks)
    {
        var task = tasks.Create(Actor.From(user), cycleId, input);
        EntityTags.Write(response, task.Version);
        return TypedResults.Created($"/api/tasks/{task.Id}", TaskView.Of(task, tasks.Today));
    }

    /// <summary>A row; the ETag is its version.</summary>
    /// <param name="taskId">Task.</param>
    /// <param name="user">The caller.</param>
    /// <param name="response">The response (its ETag header).</param>
    /// <param name="tasks">The service.</param>
    public static Ok<TaskView> GetTask(string taskId, ClaimsPrincipal user, HttpResponse response, TaskTableService tasks)
    {
        var task = tasks.Get(Actor.From(user), taskId);
        EntityTags.Write(response, task.Version);
        return TypedResults.Ok(TaskView.Of(task, tasks.Today));
    }

    /// <summary>Replaces a row (If-Match), e.g. to mark it in progress or done.</summary>
    /// <param name="taskId">Task.</param>
    /// <param name="input">The row.</param>
    /// <param name="user">The caller.</param>
    /// <param name="request">The request (its If-Match header).</param>
    /// <param name="response">The response (its ETag header).</param>
    /// <param name="tasks">The service.</param>
    public static Ok<TaskView> UpdateTask(string taskId, TaskInput input, ClaimsPrincipal user, HttpRequest request, HttpResponse response, TaskTableService tasks)
    {
        var task = tasks.Update(Actor.From(user), taskId, EntityTags.IfMatchOf(request), input);
        EntityTags.Write(response, task.Version);
        return TypedResults.Ok(TaskView.Of(task, tasks.Today));
    }

    /// <summary>Task rows by deadline, filtered and paged; a bureau officer sees its own domain.</summary>
    /// <param name="domainId">Domain (the bureau's).</param>
    /// <param name="cycleId">Cycle.</param>
    /// <param name="status">planned, in-progress or done.</param>
    /// <param name="page">1-based.</param>
    /// <param name="pageSize">1–200.</param>
    /// <param name="user">The caller.</param>
    /// <param name="tasks">The service.</param>
    public static Ok<PagedList<TaskView>> ListTasks(
        ClaimsPrincipal user, TaskTableService tasks, string? domainId = null, string? cycleId = null, string? status = null,
        int? page = null, int? pageSize = null) =>
        Page(tasks, tasks.List(Actor.From(user), domainId, cycleId, FieldErrors.Filter<DecompositionTaskStatus>("status", status), false, Paging.From(page, pageSize)));

    /// <summary>Overdue tasks: deadline passed (China time) and not done.</summary>
    /// <param name="domainId">Domain.</param>
    /// <param name="cycleId">Cycle.</param>
    /// <param name="page">1-based.</param>
    /// <param name="pageSize">1–200.</param>
    /// <param name="user">The caller.</param>
    /// <param name="tasks">The service.</param>
    public static Ok<PagedList<TaskView>> ListOverdueTasks(
        ClaimsPrincipal user, TaskTableService tasks, string? domainId = null, string? cycleId = null, int? page = null, int? pageSize = null) =>
        Page(tasks, tasks.List(Actor.From(user), domainId, cycleId, null, true, Paging.From(page, pageSize)));

    private static Ok<PagedList<TaskView>> Page(TaskTableService tasks, PagedList<DecompositionTask> list)
    {
        var today = tasks.Today;
        return TypedResults.Ok(list.Map(t => TaskView.Of(t, today)));
    }
}
