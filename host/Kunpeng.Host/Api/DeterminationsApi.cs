using System.Security.Claims;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Determinations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kunpeng.Host.Api;

/// <summary>The bureau's proposed list per tier, its fill against the quota, and fixing it.</summary>
public static class DeterminationsApi
{
    public static IEndpointRouteBuilder MapDeterminationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/cycles/{cycleId}/determination").WithTags("Determination").RequireAuthorization(KunpengPolicies.DomainManagers);
        group.MapGet("/", GetDetermination).WithName(nameof(GetDetermination)).WorkflowProblems(403, 404);
        group.MapGet("/candidates", ListCandidates).WithName(nameof(ListCandidates)).WorkflowProblems(403, 404);
        group.MapPut("/", ProposeDetermination).WithName(nameof(ProposeDetermination)).WorkflowProblems(400, 403, 404, 409, 412, 428);
        group.MapPost("/fix", FixDetermination).WithName(nameof(FixDetermination)).WorkflowProblems(403, 404, 409, 412, 428);
        group.MapPost("/approve", ApproveDetermination).WithName(nameof(ApproveDetermination)).RequireAuthorization(KunpengPolicies.TalentOffice)
            .WorkflowProblems(403, 404, 409, 412, 428);
        group.MapPost("/return", ReturnDetermination).WithName(nameof(ReturnDetermination)).RequireAuthorization(KunpengPolicies.TalentOffice)
            .WorkflowProblems(400, 403, 404, 409, 412, 428);
        return app;
    }

    /// <summary>The proposed list with each tier's fill against its quota and the tolerance.</summary>
    public static Ok<DeterminationView> GetDetermination(string cycleId, ClaimsPrincipal user, DeterminationService determinations, HttpResponse response) =>
        Answer(determinations.Get(Actor.From(user), cycleId), response);

    /// <summary>Nominees who may be selected (panel passed, latest screening not ineligible), best average score first.</summary>
    public static Ok<IReadOnlyList<Candidate>> ListCandidates(string cycleId, ClaimsPrincipal user, DeterminationService determinations) =>
        TypedResults.Ok(determinations.Candidates(Actor.From(user), cycleId));

    /// <summary>Proposes the list per tier (nominations closed, cycle reviewing); revising it needs If-Match.</summary>
    public static Ok<DeterminationView> ProposeDetermination(
        string cycleId, DeterminationRequest body, ClaimsPrincipal user, DeterminationService determinations, HttpRequest request, HttpResponse response) =>
        Answer(determinations.Propose(Actor.From(user), cycleId, EntityTags.IfMatchOf(request), body), response);

    /// <summary>
    /// Fixes the list (If-Match). Within the quota tolerance it is fixed at once: the cycle moves to
    /// determined and nominations become selected or not selected. Beyond it, a bureau's list awaits
    /// the Talent Office's approval (status awaiting-approval).
    /// </summary>
    public static Ok<DeterminationView> FixDetermination(string cycleId, ClaimsPrincipal user, DeterminationService determinations, HttpRequest request, HttpResponse response) =>
        Answer(determinations.Fix(Actor.From(user), cycleId, EntityTags.IfMatchOf(request)), response);

    /// <summary>Approves a list beyond tolerance (Talent Office; If-Match): it is fixed.</summary>
    public static Ok<DeterminationView> ApproveDetermination(string cycleId, ClaimsPrincipal user, DeterminationService determinations, HttpRequest request, HttpResponse response) =>
        Answer(determinations.Approve(Actor.From(user), cycleId, EntityTags.IfMatchOf(request)), response);

    /// <summary>Returns a list beyond tolerance to the bureau with a reason (Talent Office; If-Match).</summary>
    public static Ok<DeterminationView> ReturnDetermination(
        string cycleId, ReturnRequest body, ClaimsPrincipal user, DeterminationService determinations, HttpRequest request, HttpResponse response) =>
        Answer(determinations.Return(Actor.From(user), cycleId, EntityTags.IfMatchOf(request), body), response);

    private static Ok<DeterminationView> Answer(DeterminationView view, HttpResponse response)
    {
        EntityTags.Write(response, view.Version);
        return TypedResults.Ok(view);
    }
}
