using System.Security.Claims;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Determinations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kunpeng.Host.Api;

/// <summary>Programme settings the Talent Office keeps.</summary>
public static class SettingsApi
{
    public static IEndpointRouteBuilder MapSettingsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/settings").WithTags("Settings");
        group.MapGet("/quota-tolerance", GetQuotaTolerance).WithName(nameof(GetQuotaTolerance)).RequireAuthorization(KunpengPolicies.DomainManagers).WorkflowProblems(403);
        group.MapPut("/quota-tolerance", SetQuotaTolerance).WithName(nameof(SetQuotaTolerance)).RequireAuthorization(KunpengPolicies.TalentOffice)
            .WorkflowProblems(400, 403, 412, 428);
        return app;
    }

    /// <summary>How far (percent) a tier may go beyond its quota before fixing the list needs the Talent Office's approval.</summary>
    public static Ok<QuotaToleranceView> GetQuotaTolerance(QuotaTolerance tolerance, HttpResponse response)
    {
        var setting = tolerance.Get();
        EntityTags.Write(response, setting.Version);
        return TypedResults.Ok(new QuotaToleranceView(setting.Percent, setting.Version));
    }

    /// <summary>Sets the quota tolerance (Talent Office; If-Match).</summary>
    public static Ok<QuotaToleranceView> SetQuotaTolerance(QuotaToleranceRequest body, ClaimsPrincipal user, QuotaTolerance tolerance, HttpRequest request, HttpResponse response)
    {
        var setting = tolerance.Set(Actor.From(user), EntityTags.IfMatchOf(request), body);
        EntityTags.Write(response, setting.Version);
        return TypedResults.Ok(new QuotaToleranceView(setting.Percent, setting.Version));
    }
}
