using Kunpeng.Host.Eligibility;
using Kunpeng.Host.Workflow;
using System.Security.Claims;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Documents;
using Kunpeng.Host.Workflow.Nominations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kunpeng.Host.Api;

/// <summary>Nominations, their documents and their screening.</summary>
public static class NominationsApi
{
    public static IEndpointRouteBuilder MapNominationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/nominations").WithTags("Nominations").RequireAuthorization(KunpengPolicies.AnyRole);
        group.MapPost("/", CreateNomination).WithName(nameof(CreateNomination)).RequireAuthorization(KunpengPolicies.Nominators)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/", ListNominations).WithName(nameof(ListNominations)).ProducesValidationProblem();
        group.MapGet("/{id}", GetNomination).WithName(nameof(GetNomination)).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/{id}", UpdateNomination).WithName(nameof(UpdateNomination)).RequireAuthorization(KunpengPolicies.Nominators)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        group.MapPost("/{id}/submit", SubmitNomination).WithName(nameof(SubmitNomination)).RequireAuthorization(KunpengPolicies.Nominators)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        group.MapPost("/{id}/rescreen", RescreenNomination).WithName(nameof(RescreenNomination)).RequireAuthorization(KunpengPolicies.DomainManagers)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        group.MapPost("/{id}/withdraw", WithdrawNomination).WithName(nameof(WithdrawNomination)).RequireAuthorization(KunpengPolicies.Nominators)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        group.MapPost("/{id}/documents", AddDocument).WithName(nameof(AddDocument)).RequireAuthorization(KunpengPolicies.Nominators)
            .DisableAntiforgery().Accepts<IFormFile>("multipart/form-data")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        group.MapGet("/{id}/documents/{documentId}", DownloadDocument).WithName(nameof(DownloadDocument)).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/{id}/documents/{documentId}", RemoveDocument).WithName(nameof(RemoveDocument)).RequireAuthorization(KunpengPolicies.Nominators)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        return app;
    }

    /// <summary>
    /// Nominates a person for a cycle and tier: a draft. A nominating unit nominates as itself; an
    /// applicant applies for themselves where the domain allows self-application (culture); the bureau
    /// and the Talent Office may enter nominations too.
    /// </summary>
    public static Created<NominationView> CreateNomination(NewNomination request, ClaimsPrincipal user, NominationService nominations, HttpResponse response)
    {
        var n = nominations.Create(Actor.From(user), request);
        EntityTags.Write(response, n.Version);
        return TypedResults.Created($"/api/nominations/{n.Id}", NominationView.Of(n));
    }

    /// <summary>Lists the nominations the caller may see, filtered by domain, cycle, tier, status, unit, verdict or person.</summary>
    public static Ok<PagedList<NominationSummary>> ListNominations(
        ClaimsPrincipal user, NominationService nominations, string? domainId = null, string? cycleId = null, string? tier = null,
        NominationStatus? status = null, string? unit = null, Verdict? verdict = null, string? personId = null, int? page = null, int? pageSize = null)
    {
        return TypedResults.Ok(nominations.ListSummaries(Actor.From(user), new NominationFilter(domainId, cycleId, tier, status, unit, verdict is { } v ? WireNames.Of(v) : null, personId), Paging.From(page, pageSize)));
    }

    /// <summary>A nomination in full: facts, documents, every screening, reviewers and the panel's result.</summary>
    public static Ok<NominationView> GetNomination(string id, ClaimsPrincipal user, NominationService nominations, HttpResponse response)
    {
        var n = nominations.Get(Actor.From(user), id);
        EntityTags.Write(response, n.Version);
        return TypedResults.Ok(NominationView.Of(n));
    }

    /// <summary>Changes a draft's tier or facts (If-Match), before the deadline.</summary>
    public static Ok<NominationView> UpdateNomination(string id, NominationUpdate update, ClaimsPrincipal user, NominationService nominations, HttpRequest request, HttpResponse response) =>
        Answer(nominations.Update(Actor.From(user), id, EntityTags.IfMatchOf(request), update), response);

    /// <summary>
    /// Submits a draft (If-Match): refused after the deadline or once nominations are closed (409), or
    /// while a required document is missing (400, documents). The domain's criteria run and the verdict
    /// is stored with the plugin id and version.
    /// </summary>
    public static Ok<NominationView> SubmitNomination(string id, ClaimsPrincipal user, NominationService nominations, HttpRequest request, HttpResponse response) =>
        Answer(nominations.Submit(Actor.From(user), id, EntityTags.IfMatchOf(request)), response);

    /// <summary>Runs the criteria again and appends the screening; earlier ones are kept (bureau or Talent Office; If-Match).</summary>
    public static Ok<NominationView> RescreenNomination(string id, ClaimsPrincipal user, NominationService nominations, HttpRequest request, HttpResponse response) =>
        Answer(nominations.Rescreen(Actor.From(user), id, EntityTags.IfMatchOf(request)), response);

    /// <summary>Withdraws a nomination before the panel decided (If-Match).</summary>
    public static Ok<NominationView> WithdrawNomination(string id, ClaimsPrincipal user, NominationService nominations, HttpRequest request, HttpResponse response) =>
        Answer(nominations.Withdraw(Actor.From(user), id, EntityTags.IfMatchOf(request)), response);

    /// <summary>
    /// Uploads a supporting document to a draft (multipart: <c>kind</c> = id-proof, diploma,
    /// award-certificate, achievement-proof or other; <c>file</c> = PDF, JPEG or PNG up to the size
    /// limit, 10 MB by default). If-Match: the nomination's ETag.
    /// </summary>
    public static async Task<Created<NominationDocumentView>> AddDocument(
        string id, [FromForm] string? kind, IFormFile? file, ClaimsPrincipal user, DocumentStore documents,
        HttpRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        var (nomination, document) = await documents.AddAsync(Actor.From(user), id, EntityTags.IfMatchOf(request), kind, file, cancellationToken);
        EntityTags.Write(response, nomination.Version);
        return TypedResults.Created($"/api/nominations/{id}/documents/{document.Id}", NominationDocumentView.Of(id, document));
    }

    /// <summary>Downloads a document (whoever may see the nomination, reviewers included).</summary>
    public static FileStreamHttpResult DownloadDocument(string id, string documentId, ClaimsPrincipal user, DocumentStore documents)
    {
        var (document, content) = documents.Open(Actor.From(user), id, documentId);
        return TypedResults.File(content, document.ContentType, document.FileName);
    }

    /// <summary>Removes a document from a draft (If-Match: the nomination's ETag).</summary>
    public static NoContent RemoveDocument(string id, string documentId, ClaimsPrincipal user, DocumentStore documents, HttpRequest request, HttpResponse response)
    {
        var nomination = documents.Remove(Actor.From(user), id, documentId, EntityTags.IfMatchOf(request));
        EntityTags.Write(response, nomination.Version);
        return TypedResults.NoContent();
    }

    private static Ok<NominationView> Answer(Nomination n, HttpResponse response)
    {
        EntityTags.Write(response, n.Version);
        return TypedResults.Ok(NominationView.Of(n));
    }
}
