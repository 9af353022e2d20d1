using Kunpeng.Host.Api.OpenApi;
using Kunpeng.Host.Eligibility;
using Kunpeng.Host.Eligibility.Models;
using Kunpeng.Host.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kunpeng.Host.Api;

/// <summary>Checks candidates against the criteria: one profile in one domain, or a batch across domains. Nothing is stored.</summary>
public static class EligibilityApi
{
    public static IEndpointRouteBuilder MapEligibilityApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/domains/{id}/eligibility", AssessEligibility).WithName(nameof(AssessEligibility)).WithTags("Eligibility")
            .Accepts<EligibilityRequest>("application/json")
            .WithMetadata(new RequestExample(EligibilityExamples.EligibilityRequest))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status500InternalServerError);
        // Screening a batch costs memory in proportion to it: a signed-in caller, and a body limit that
        // fits the largest batch (10,000 profiles of about 350 bytes); checking one profile stays open to anyone.
        app.MapPost("/api/eligibility/screen", ScreenEligibility).WithName(nameof(ScreenEligibility)).WithTags("Eligibility")
            .RequireAuthorization(KunpengPolicies.AnyRole)
            .WithMetadata(new RequestSizeLimitAttribute(8 * 1024 * 1024))
            .Accepts<ScreeningRequest>("application/json")
            .WithMetadata(new RequestExample(EligibilityExamples.ScreeningRequest))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status500InternalServerError);
        return app;
    }

    /// <summary>Checks one candidate against every tier of a domain: each tier's verdict and every condition's outcome, with the value found and the value required.</summary>
    /// <remarks>
    /// Verdicts, strongest first: ineligible (a hard condition not met) &gt; incomplete (a hard or general
    /// condition lacks facts; missingFacts names them) &gt; needs-exception (a general 一般 condition not
    /// met) &gt; pending-review (only the panel's judgement is left) &gt; eligible. Preferences never affect
    /// the verdict. A resident ID gives the birth date and gender. Nothing is stored.
    /// </remarks>
    /// <param name="id">Domain id, e.g. education.</param>
    /// <param name="http">The request; its JSON body is an EligibilityRequest.</param>
    /// <param name="screening">The eligibility workflow.</param>
    /// <param name="cancellationToken">Aborted request.</param>
    /// <response code="200">The verdict of every tier.</response>
    /// <response code="400">The body or profile is invalid; errors are keyed by JSON path (e.g. profile.residentId).</response>
    /// <response code="404">No active plugin serves this id, or its plugin provides no criteria.</response>
    /// <response code="415">The body is not JSON.</response>
    /// <response code="500">The domain's plugin failed while assessing.</response>
    public static async Task<Results<Ok<EligibilityResponse>, ValidationProblem, ProblemHttpResult>> AssessEligibility(
        string id, HttpContext http, EligibilityScreening screening, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<EligibilityRequest>(http.Request, cancellationToken);
        if (body.Invalid is { } invalid)
        {
            return invalid;
        }

        if (body.Unsupported is { } unsupported)
        {
            return unsupported;
        }

        return EligibilityHttpResults.From(screening.Assess(id, body.Value!));
    }

    /// <summary>Screens many candidates against every tier of every chosen domain (all active domains by default): each candidate's verdict per domain and tier.</summary>
    /// <remarks>
    /// Every profile is validated first; if any is invalid, nothing is screened and one 400 lists every
    /// bad field by path (e.g. profiles[3].profile.birthDate). The compact answer gives each tier's verdict
    /// with the ids of the conditions not met or undecided and the missing facts; detail=full adds every
    /// condition's outcome. At most Kunpeng:Eligibility:MaxProfilesPerScreening profiles (10,000 by default)
    /// per request, and at most Kunpeng:Eligibility:MaxProfilesPerFullScreening (1,000) with detail=full.
    /// Needs a signed-in caller (any role). Nothing is stored.
    /// </remarks>
    /// <param name="http">The request; its JSON body is a ScreeningRequest.</param>
    /// <param name="screening">The eligibility workflow.</param>
    /// <param name="detail">compact (default) or full.</param>
    /// <param name="cancellationToken">Aborted request.</param>
    /// <response code="200">Every candidate's verdicts.</response>
    /// <response code="400">The body, a domain id or a profile is invalid; errors are keyed by JSON path.</response>
    /// <response code="404">No active domain provides criteria to screen against.</response>
    /// <response code="413">More profiles than one request may carry.</response>
    /// <response code="415">The body is not JSON.</response>
    /// <response code="500">A domain's plugin failed while assessing.</response>
    public static async Task<Results<Ok<ScreeningResponse>, ValidationProblem, ProblemHttpResult>> ScreenEligibility(
        HttpContext http, EligibilityScreening screening, string? detail, CancellationToken cancellationToken)
    {
        if (!TryParseDetail(detail, out var level))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["detail"] = [$"'{detail}' is not a detail level; use compact or full."] },
                title: "The request is not valid");
        }

        var body = await JsonBody.ReadAsync<ScreeningRequest>(http.Request, cancellationToken);
        if (body.Invalid is { } invalid)
        {
            return invalid;
        }

        if (body.Unsupported is { } unsupported)
        {
            return unsupported;
        }

        return EligibilityHttpResults.From(screening.Screen(body.Value!, level));
    }

    private static bool TryParseDetail(string? detail, out ScreeningDetail level)
    {
        level = detail switch
        {
            null or "" or "compact" => ScreeningDetail.Compact,
            "full" => ScreeningDetail.Full,
            _ => (ScreeningDetail)(-1),
        };
        return Enum.IsDefined(level);
    }
}
