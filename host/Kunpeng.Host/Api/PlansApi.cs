using System.Security.Claims;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow;
using Kunpeng.Host.Workflow.Plans;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kunpeng.Host.Api;

/// <summary>Step 6: the annual plan of a domain's cycle, its revisions, submission, approval and filing.</summary>
public static class PlansApi
{
    public static IEndpointRouteBuilder MapPlansApi(this IEndpointRouteBuilder app)
    {
        var cycles = app.MapGroup("/api/cycles/{cycleId}/plans").WithTags("Plans").RequireAuthorization(KunpengPolicies.DomainManagers);
        cycles.MapPost("/", CreatePlan).WithName(nameof(CreatePlan)).WorkflowProblems(403, 404, 409, 503);
        cycles.MapGet("/", ListPlanRevisions).WithName(nameof(ListPlanRevisions)).WorkflowProblems(403, 404);

        var plans = app.MapGroup("/api/plans").WithTags("Plans").RequireAuthorization(KunpengPolicies.DomainManagers);
        plans.MapGet("/", ListPlans).WithName(nameof(ListPlans)).WorkflowProblems(400, 403);
        plans.MapGet("/{planId}", GetPlan).WithName(nameof(GetPlan)).WorkflowProblems(403, 404);
        plans.MapPut("/{planId}", UpdatePlan).WithName(nameof(UpdatePlan)).WorkflowProblems(400, 403, 404, 409, 412, 428, 503);
        plans.MapPost("/{planId}/submit", SubmitPlan).WithName(nameof(SubmitPlan)).WorkflowProblems(400, 403, 404, 409, 412, 428);
        plans.MapPost("/{planId}/approve", ApprovePlan).WithName(nameof(ApprovePlan)).WorkflowProblems(403, 404, 409, 412, 428);
        plans.MapPost("/{planId}/return", ReturnPlan).WithName(nameof(ReturnPlan)).WorkflowProblems(400, 403, 404, 409, 412, 428);
        plans.MapPost("/{planId}/file", FilePlan).WithName(nameof(FilePlan)).WorkflowProblems(403, 404, 409, 412, 428);
        return app;
    }

    /// <summary>Starts the cycle's next plan revision.</summary>
    /// <remarks>
    /// Revision 1 takes its trainee count and name list from the fixed determination; a later revision
    /// starts as a copy of the filed one (which stays in force and visible until the new one is filed).
    /// </remarks>
    /// <param name="cycleId">e.g. health-2015.</param>
    /// <param name="user">The caller.</param>
    /// <param name="response">The response (its ETag header).</param>
    /// <param name="plans">The service.</param>
    /// <response code="201">The new draft; its ETag is its version.</response>
    /// <response code="409">Before the determination is fixed, while another revision is open, or after implementation.</response>
    /// <response code="503">The domain's plugin is not served.</response>
    public static Created<PlanView> CreatePlan(string cycleId, ClaimsPrincipal user, HttpResponse response, PlanService plans)
    {
        var plan = plans.Create(Actor.From(user), cycleId);
        EntityTags.Write(response, plan.Version);
        return TypedResults.Created($"/api/plans/{plan.Id}", PlanView.Of(plan));
    }

    /// <summary>Every revision of a cycle's plan, oldest first (filed and superseded ones included).</summary>
    /// <param name="cycleId">Cycle.</param>
    /// <param name="user">The caller.</param>
    /// <param name="plans">The service.</param>
    public static Ok<IReadOnlyList<PlanView>> ListPlanRevisions(string cycleId, ClaimsPrincipal user, PlanService plans) =>
        TypedResults.Ok<IReadOnlyList<PlanView>>(plans.Revisions(Actor.From(user), cycleId).Select(PlanView.Of).ToList());

    /// <summary>Plans, filtered and paged; a bureau officer sees its own domain.</summary>
    /// <param name="domainId">Domain.</param>
    /// <param name="cycleId">Cycle.</param>
    /// <param name="year">Cycle year.</param>
    /// <param name="status">draft, submitted, approved, filed or superseded.</param>
    /// <param name="page">1-based.</param>
    /// <param name="pageSize">1–200 (default 50).</param>
    /// <param name="user">The caller.</param>
    /// <param name="plans">The service.</param>
    public static Ok<PagedList<PlanView>> ListPlans(
        ClaimsPrincipal user, PlanService plans, string? domainId = null, string? cycleId = null, int? year = null, string? status = null,
        int? page = null, int? pageSize = null)
    {
        var paging = Paging.From(page, pageSize);
        var list = plans.List(Actor.From(user), domainId, cycleId, year, FieldErrors.Filter<PlanStatus>("status", status), paging);
        return TypedResults.Ok(list.Map(PlanView.Of));
    }

    /// <summary>A plan revision; the ETag is its version.</summary>
    /// <param name="planId">e.g. health-2015-r1.</param>
    /// <param name="user">The caller.</param>
    /// <param name="response">The response (its ETag header).</param>
    /// <param name="plans">The service.</param>
    public static Ok<PlanView> GetPlan(string planId, ClaimsPrincipal user, HttpResponse response, PlanService plans) =>
        Tagged(response, plans.Get(Actor.From(user), planId));

    /// <summary>Replaces a draft's trainings and notes (If-Match). A filed plan is frozen (409): start a revision.</summary>
    /// <param name="planId">Plan revision.</param>
    /// <param name="content">Trainings drawn from the domain's measures catalogue.</param>
    /// <param name="user">The caller.</param>
    /// <param name="request">The request (its If-Match header).</param>
    /// <param name="response">The response (its ETag header).</param>
    /// <param name="plans">The service.</param>
    /// <response code="400">A field is invalid; the errors name it (e.g. items[0].measureId for a measure the catalogue lacks).</response>
    /// <response code="409">The plan is not a draft (a filed plan is frozen).</response>
    /// <response code="412">The plan changed since it was read.</response>
    /// <response code="428">If-Match is missing.</response>
    public static Ok<PlanView> UpdatePlan(string planId, PlanContent content, ClaimsPrincipal user, HttpRequest request, HttpResponse response, PlanService plans) =>
        Tagged(response, plans.Update(Actor.From(user), planId, EntityTags.IfMatchOf(request), content));

    /// <summary>Submits the draft (by the drafting body, e.g. 区教师进修学校).</summary>
    /// <param name="planId">Plan revision.</param>
    /// <param name="user">The caller.</param>
    /// <param name="request">The request (its If-Match header).</param>
    /// <param name="response">The response (its ETag header).</param>
    /// <param name="plans">The service.</param>
    public static Ok<PlanView> SubmitPlan(string planId, ClaimsPrincipal user, HttpRequest request, HttpResponse response, PlanService plans) =>
        Tagged(response, plans.Submit(Actor.From(user), planId, EntityTags.IfMatchOf(request)));

    /// <summary>Approves a submitted plan (by the approving body, e.g. 区教育局), where the domain requires approval.</summary>
    /// <remarks>The officer who submitted it cannot approve it (403).</remarks>
    /// <param name="planId">Plan revision.</param>
    /// <param name="user">The caller.</param>
    /// <param name="request">The request (its If-Match header).</param>
    /// <param name="response">The response (its ETag header).</param>
    /// <param name="plans">The service.</param>
    public static Ok<PlanView> ApprovePlan(string planId, ClaimsPrincipal user, HttpRequest request, HttpResponse response, PlanService plans) =>
        Tagged(response, plans.Approve(Actor.From(user), planId, EntityTags.IfMatchOf(request)));

    /// <summary>Sends a submitted or approved plan back to draft with a reason.</summary>
    /// <param name="planId">Plan revision.</param>
    /// <param name="body">The reason.</param>
    /// <param name="user">The caller.</param>
    /// <param name="request">The request (its If-Match header).</param>
    /// <param name="response">The response (its ETag header).</param>
    /// <param name="plans">The service.</param>
    public static Ok<PlanView> ReturnPlan(string planId, PlanReturn body, ClaimsPrincipal user, HttpRequest request, HttpResponse response, PlanService plans) =>
        Tagged(response, plans.Return(Actor.From(user), planId, EntityTags.IfMatchOf(request), body));

    /// <summary>Files the plan with the Talent Office (报区人才办备案); the first filing moves the cycle to implementing.</summary>
    /// <param name="planId">Plan revision.</param>
    /// <param name="user">The caller.</param>
    /// <param name="request">The request (its If-Match header).</param>
    /// <param name="response">The response (its ETag header).</param>
    /// <param name="plans">The service.</param>
    public static Ok<PlanView> FilePlan(string planId, ClaimsPrincipal user, HttpRequest request, HttpResponse response, PlanService plans) =>
        Tagged(response, plans.File(Actor.From(user), planId, EntityTags.IfMatchOf(request)));

    private static Ok<PlanView> Tagged(HttpResponse response, AnnualPlan plan)
    {
        EntityTags.Write(response, plan.Version);
        return TypedResults.Ok(PlanView.Of(plan));
    }
}

/// <summary>The problem responses workflow endpoints declare in OpenAPI.</summary>
internal static class WorkflowEndpointProblems
{
    /// <summary>Declares problem+json for each status (400 as a validation problem naming the fields) and 401.</summary>
    public static RouteHandlerBuilder WorkflowProblems(this RouteHandlerBuilder builder, params int[] statuses)
    {
        builder.ProducesProblem(StatusCodes.Status401Unauthorized);
        foreach (var status in statuses)
        {
            if (status == StatusCodes.Status400BadRequest)
            {
                builder.ProducesValidationProblem();
            }
            else
            {
                builder.ProducesProblem(status);
            }
        }

        return builder;
    }
}
