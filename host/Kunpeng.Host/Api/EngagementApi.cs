using System.Security.Claims;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow;
using Kunpeng.Host.Workflow.Engagement;
using Kunpeng.Host.Workflow.Plans;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kunpeng.Host.Api;

/// <summary>Step 10: symposiums and visits for top talents, and publicity, per cycle.</summary>
public static class EngagementApi
{
    public static IEndpointRouteBuilder MapEngagementApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/cycles/{cycleId}/engagements", CreateEngagement).WithName(nameof(CreateEngagement)).WithTags("Engagement")
            .RequireAuthorization(KunpengPolicies.DomainManagers).WorkflowProblems(400, 403, 404, 409, 503);
        var group = app.MapGroup("/api/engagements").WithTags("Engagement").RequireAuthorization(KunpengPolicies.DomainManagers);
        group.MapGet("/", ListEngagements).WithName(nameof(ListEngagements)).WorkflowProblems(400, 403);
        group.MapGet("/{engagementId}", GetEngagement).WithName(nameof(GetEngagement)).WorkflowProblems(403, 404);
        group.MapPut("/{engagementId}", UpdateEngagement).WithName(nameof(UpdateEngagement)).WorkflowProblems(400, 403, 404, 409, 412, 428, 503);
        return app;
    }

    /// <summary>Records a symposium or visit (participants: top talents selected in the cycle) or a publicity item.</summary>
    /// <param name="cycleId">A cycle whose determination is fixed.</param>
    /// <param name="input">The engagement.</param>
    /// <param name="user">The caller.</param>
    /// <param name="response">The response (its ETag header).</param>
    /// <param name="engagement">The service.</param>
    /// <response code="400">A field is invalid, e.g. a participant who is not a selected top talent of the cycle.</response>
    /// <response code="409">The cycle's list is not fixed yet.</response>
    public static Created<EngagementView> CreateEngagement(string cycleId, EngagementInput input, ClaimsPrincipal user, HttpResponse response, EngagementService engagement)
    {
        var record = engagement.Create(Actor.From(user), cycleId, input);
        EntityTags.Write(response, record.Version);
        return TypedResults.Created($"/api/engagements/{record.Id}", EngagementView.Of(record));
    }

    /// <summary>An engagement; the ETag is its version.</summary>
    /// <param name="engagementId">Engagement.</param>
    /// <param name="user">The caller.</param>
    /// <param name="response">The response (its ETag header).</param>
    /// <param name="engagement">The service.</param>
    public static Ok<EngagementView> GetEngagement(string engagementId, ClaimsPrincipal user, HttpResponse response, EngagementService engagement)
    {
        var record = engagement.Get(Actor.From(user), engagementId);
        EntityTags.Write(response, record.Version);
        return TypedResults.Ok(EngagementView.Of(record));
    }

    /// <summary>Replaces an engagement (If-Match).</summary>
    /// <param name="engagementId">Engagement.</param>
    /// <param name="input">The engagement.</param>
    /// <param name="user">The caller.</param>
    /// <param name="request">The request (its If-Match header).</param>
    /// <param name="response">The response (its ETag header).</param>
    /// <param name="engagement">The service.</param>
    public static Ok<EngagementView> UpdateEngagement(
        string engagementId, EngagementInput input, ClaimsPrincipal user, HttpRequest request, HttpResponse response, EngagementService engagement)
    {
        var record = engagement.Update(Actor.From(user), engagementId, EntityTags.IfMatchOf(request), input);
        EntityTags.Write(response, record.Version);
        return TypedResults.Ok(EngagementView.Of(record));
    }

    /// <summary>Engagements, filtered and paged; a bureau officer sees its own domain.</summary>
    /// <param name="domainId">Domain.</param>
    /// <param name="cycleId">Cycle.</param>
    /// <param name="kind">symposium, visit or publicity.</param>
    /// <param name="page">1-based.</param>
    /// <param name="pageSize">1–200.</param>
    /// <param name="user">The caller.</param>
    /// <param name="engagement">The service.</param>
    public static Ok<PagedList<EngagementView>> ListEngagements(
        ClaimsPrincipal user, EngagementService engagement, string? domainId = null, string? cycleId = null, string? kind = null,
        int? page = null, int? pageSize = null)
    {
        var paging = Paging.From(page, pageSize);
        var list = engagement.List(Actor.From(user), domainId, cycleId, FieldErrors.Filter<EngagementKind>("kind", kind), paging);
        return TypedResults.Ok(list.Map(EngagementView.Of));
    }
}
