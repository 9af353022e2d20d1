using System.Security.Claims;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Acceptance;
using Kunpeng.Host.Workflow.Implementation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kunpeng.Host.Api;

/// <summary>Step 8: the Talent Office accepts a summarized cycle or returns it.</summary>
public static class AcceptanceApi
{
    public static IEndpointRouteBuilder MapAcceptanceApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/cycles/{cycleId}/summary").WithTags("Acceptance").RequireAuthorization(KunpengPolicies.TalentOffice);
        group.MapPost("/accept", AcceptCycle).WithName(nameof(AcceptCycle)).WorkflowProblems(403, 404, 409, 412, 428);
        group.MapPost("/return", ReturnCycle).WithName(nameof(ReturnCycle)).WorkflowProblems(400, 403, 404, 409, 412, 428);
        return app;
    }

    /// <summary>Accepts the cycle (验收合格, Talent Office only): summarized → accepted; grants may then be released.</summary>
    /// <param name="cycleId">Cycle.</param>
    /// <param name="user">The caller.</param>
    /// <param name="request">The request (its If-Match header).</param>
    /// <param name="response">The response (its ETag header).</param>
    /// <param name="acceptance">The service.</param>
    /// <response code="409">The cycle is not summarized.</response>
    /// <response code="412">If-Match is not the summary's current version.</response>
    public static Ok<SummaryView> AcceptCycle(string cycleId, ClaimsPrincipal user, HttpRequest request, HttpResponse response, AcceptanceService acceptance)
    {
        var summary = acceptance.Accept(Actor.From(user), cycleId, EntityTags.RequireIfMatch(request));
        EntityTags.Write(response, summary.Version);
        return TypedResults.Ok(SummaryView.Of(summary));
    }

    /// <summary>Returns the cycle to implementation with a reason (Talent Office only).</summary>
    /// <param name="cycleId">Cycle.</param>
    /// <param name="body">The reason (required).</param>
    /// <param name="user">The caller.</param>
    /// <param name="request">The request (its If-Match header).</param>
    /// <param name="response">The response (its ETag header).</param>
    /// <param name="acceptance">The service.</param>
    public static Ok<SummaryView> ReturnCycle(string cycleId, AcceptanceReturn body, ClaimsPrincipal user, HttpRequest request, HttpResponse response, AcceptanceService acceptance)
    {
        var summary = acceptance.Return(Actor.From(user), cycleId, EntityTags.RequireIfMatch(request), body);
        EntityTags.Write(response, summary.Version);
        return TypedResults.Ok(SummaryView.Of(summary));
    }
}
