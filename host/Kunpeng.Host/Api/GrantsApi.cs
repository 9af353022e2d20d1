using System.Security.Claims;
using Kunpeng.Host.Api.Models;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow;
using Kunpeng.Host.Workflow.Grants;
using Kunpeng.Host.Workflow.Plans;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kunpeng.Host.Api;

/// <summary>Step 8: releasing an accepted cycle's grants, and the grant ledger.</summary>
public static class GrantsApi
{
    public static IEndpointRouteBuilder MapGrantsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/cycles/{cycleId}/grants/release", ReleaseGrants).WithName(nameof(ReleaseGrants)).WithTags("Grants")
            .RequireAuthorization(KunpengPolicies.TalentOffice).WorkflowProblems(400, 403, 404, 409, 503);
        var group = app.MapGroup("/api/grants").WithTags("Grants").RequireAuthorization(KunpengPolicies.DomainManagers);
        group.MapGet("/", ListGrants).WithName(nameof(ListGrants)).WorkflowProblems(400, 403);
        group.MapGet("/totals", GrantTotals).WithName(nameof(GrantTotals)).WorkflowProblems(403);
        return app;
    }

    /// <summary>Releases the accepted cycle's grants (Talent Office only) and closes the cycle.</summary>
    /// <remarks>
    /// One grant per selected person at the tier's amount (10,000 CNY top/division, 5,000 backbone/section),
    /// unless withheld or reduced here with a reason. A second release of the same cycle is refused (409).
    /// </remarks>
    /// <param name="cycleId">An accepted cycle.</param>
    /// <param name="body">Adjustments (withheld/reduced with reasons); may be empty.</param>
    /// <param name="user">The caller.</param>
    /// <param name="grants">The service.</param>
    /// <response code="400">An adjustment is invalid (a missing reason is named, e.g. adjustments[0].reason).</response>
    /// <response code="409">The cycle is not accepted, or its grants were released already.</response>
    public static Created<IReadOnlyList<GrantView>> ReleaseGrants(string cycleId, GrantRelease body, ClaimsPrincipal user, GrantService grants) =>
        TypedResults.Created($"/api/grants?cycleId={cycleId}",
            (IReadOnlyList<GrantView>)grants.Release(Actor.From(user), cycleId, body).Select(GrantView.Of).ToList());

    /// <summary>Grant ledger lines, filtered and paged; a bureau officer sees its own domain.</summary>
    /// <param name="domainId">Domain.</param>
    /// <param name="cycleId">Cycle.</param>
    /// <param name="year">Year.</param>
    /// <param name="tier">Tier id.</param>
    /// <param name="status">paid, withheld or reduced.</param>
    /// <param name="page">1-based.</param>
    /// <param name="pageSize">1–200.</param>
    /// <param name="user">The caller.</param>
    /// <param name="grants">The service.</param>
    public static Ok<PagedList<GrantView>> ListGrants(
        ClaimsPrincipal user, GrantService grants, string? domainId = null, string? cycleId = null, int? year = null, string? tier = null,
        string? status = null, int? page = null, int? pageSize = null)
    {
        var paging = Paging.From(page, pageSize);
        var list = grants.List(Actor.From(user), domainId, cycleId, year, tier, FieldErrors.Filter<GrantStatus>("status", status), paging);
        return TypedResults.Ok(list.Map(GrantView.Of));
    }

    /// <summary>Ledger totals per domain and year (count by status, standard and granted amounts).</summary>
    /// <param name="domainId">Domain.</param>
    /// <param name="year">Year.</param>
    /// <param name="user">The caller.</param>
    /// <param name="grants">The service.</param>
    public static Ok<GrantTotalsReport> GrantTotals(ClaimsPrincipal user, GrantService grants, string? domainId = null, int? year = null) =>
        TypedResults.Ok(grants.Totals(Actor.From(user), domainId, year));
}
