using System.Security.Claims;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Dashboard;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kunpeng.Host.Api;

/// <summary>The programme at a glance, per year and per domain.</summary>
public static class DashboardApi
{
    public static IEndpointRouteBuilder MapDashboardApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/dashboard").WithTags("Dashboard").RequireAuthorization(KunpengPolicies.DomainManagers);
        group.MapGet("/{year:int}", GetYearDashboard).WithName(nameof(GetYearDashboard)).WorkflowProblems(403);
        group.MapGet("/{year:int}/{domainId}", GetDomainDashboard).WithName(nameof(GetDomainDashboard)).WorkflowProblems(403, 404);
        return app;
    }

    /// <summary>
    /// Every domain's cycle of the year: per domain and tier, nominations by status, verdicts by latest
    /// screening, selected vs quota, plan status, activities vs targets, grants paid. A bureau officer sees its own domain.
    /// </summary>
    /// <param name="year">e.g. 2015.</param>
    /// <param name="user">The caller.</param>
    /// <param name="dashboard">The service.</param>
    public static Ok<YearDashboard> GetYearDashboard(int year, ClaimsPrincipal user, DashboardService dashboard) =>
        TypedResults.Ok(dashboard.ForYear(Actor.From(user), year, null));

    /// <summary>One domain's cycle of the year.</summary>
    /// <param name="year">e.g. 2015.</param>
    /// <param name="domainId">Domain.</param>
    /// <param name="user">The caller.</param>
    /// <param name="dashboard">The service.</param>
    /// <response code="404">The domain has no cycle that year.</response>
    public static Ok<DomainDashboard> GetDomainDashboard(int year, string domainId, ClaimsPrincipal user, DashboardService dashboard) =>
        TypedResults.Ok(dashboard.ForDomain(Actor.From(user), year, domainId));
}
