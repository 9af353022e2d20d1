using System.Security.Claims;
using Kunpeng.Host.Api.Models;
using Kunpeng.Host.Measures;
using Kunpeng.Host.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kunpeng.Host.Api;

/// <summary>
/// A domain's measures catalogue (主要措施), owned by its bureau: the plugin ships the defaults, the
/// bureau adds, edits, retires and deletes on top of them, and plans draw from the result.
/// </summary>
public static class MeasuresApi
{
    public static IEndpointRouteBuilder MapMeasuresApi(this IEndpointRouteBuilder app)
    {
        var read = app.MapGroup("/api/domains/{id}/measures").WithTags("Measures");
        read.MapGet("/", GetMeasures).WithName(nameof(GetMeasures)).WorkflowProblems(404);
        read.MapGet("/{measureId}", GetMeasure).WithName(nameof(GetMeasure)).WorkflowProblems(404);

        var write = app.MapGroup("/api/domains/{id}/measures").WithTags("Measures").RequireAuthorization(KunpengPolicies.DomainManagers);
        write.MapGet("/{measureId}/history", GetMeasureHistory).WithName(nameof(GetMeasureHistory)).WorkflowProblems(403, 404);
        write.MapPost("/", AddMeasure).WithName(nameof(AddMeasure)).WorkflowProblems(400, 403, 404, 409);
        write.MapPut("/{measureId}", EditMeasure).WithName(nameof(EditMeasure)).WorkflowProblems(400, 403, 404, 412, 428);
        write.MapDelete("/{measureId}", DeleteMeasure).WithName(nameof(DeleteMeasure)).WorkflowProblems(403, 404, 409, 412, 428);
        write.MapPost("/{measureId}/retire", RetireMeasure).WithName(nameof(RetireMeasure)).WorkflowProblems(403, 404, 409, 412, 428);
        write.MapPost("/{measureId}/reinstate", ReinstateMeasure).WithName(nameof(ReinstateMeasure)).WorkflowProblems(403, 404, 409, 412, 428);
        write.MapPost("/{measureId}/accept-default", AcceptMeasureDefault).WithName(nameof(AcceptMeasureDefault)).WorkflowProblems(403, 404, 409, 412, 428);
        write.MapPost("/{measureId}/keep-edit", KeepMeasureEdit).WithName(nameof(KeepMeasureEdit)).WorkflowProblems(403, 404, 409, 412, 428);
        return app;
    }

    /// <summary>Gets a domain's effective measures catalogue: each entry's content, origin, retirement and version (its ETag).</summary>
    /// <remarks>
    /// Origin: default (the plugin's, as shipped), customized (a default the bureau edited) or bureau-added.
    /// By default only plannable entries are listed; ?includeRetired=true adds the retired ones (retired: true).
    /// An entry whose plugin default changed under the bureau's edit keeps the edit and says so:
    /// defaultChanged, basedOnDefault and currentDefault (defaultChanges lists them all).
    /// </remarks>
    /// <param name="id">Domain id, e.g. health.</param>
    /// <param name="measures">The catalogue.</param>
    /// <param name="includeRetired">List retired entries too.</param>
    /// <response code="404">No active plugin serves this id, or its plugin ships no measures and the bureau has added none.</response>
    public static Results<Ok<MeasureCatalogView>, ProblemHttpResult> GetMeasures(string id, MeasureCatalogService measures, bool? includeRetired = null)
    {
        var catalogue = measures.Catalogue(id);
        return !catalogue.PluginShipsCatalogue && catalogue.Measures.Count == 0
            ? DomainProblems.NoMeasures(id)
            : TypedResults.Ok(MeasureCatalogView.Of(catalogue, includeRetired ?? false));
    }

    /// <summary>Gets one entry of the catalogue (retired or not); the ETag is its version.</summary>
    /// <param name="id">Domain id.</param>
    /// <param name="measureId">Measure id, e.g. continuing-education.</param>
    /// <param name="response">The response (its ETag header).</param>
    /// <param name="measures">The catalogue.</param>
    public static Ok<MeasureView> GetMeasure(string id, string measureId, HttpResponse response, MeasureCatalogService measures) =>
        Tagged(response, measures.Get(id, measureId));

    /// <summary>The entry's change history, oldest first: who changed what and when (kept after a deletion).</summary>
    /// <param name="id">Domain id.</param>
    /// <param name="measureId">Measure id.</param>
    /// <param name="user">The caller: the domain's bureau officers and the Talent Office.</param>
    /// <param name="measures">The catalogue.</param>
    public static Ok<IReadOnlyList<MeasureHistoryView>> GetMeasureHistory(string id, string measureId, ClaimsPrincipal user, MeasureCatalogService measures) =>
        TypedResults.Ok<IReadOnlyList<MeasureHistoryView>>(measures.History(Actor.From(user), id, measureId).Select(MeasureHistoryView.Of).ToList());

    /// <summary>Adds a measure to the bureau's catalogue (bureau officers of the domain, the Talent Office).</summary>
    /// <param name="id">Domain id.</param>
    /// <param name="input">The measure; id optional (generated as bureau-1, bureau-2… when absent).</param>
    /// <param name="user">The caller.</param>
    /// <param name="response">The response (its ETag header).</param>
    /// <param name="measures">The catalogue.</param>
    /// <response code="201">The new entry (origin bureau-added); its ETag is its version.</response>
    /// <response code="400">A field is invalid; the errors name it (e.g. targets[0].minimumPerYear).</response>
    /// <response code="409">The id is taken by a default or another entry.</response>
    public static Created<MeasureView> AddMeasure(string id, MeasureInput input, ClaimsPrincipal user, HttpResponse response, MeasureCatalogService measures)
    {
        var added = measures.Add(Actor.From(user), id, input);
        EntityTags.Write(response, added.Version);
        return TypedResults.Created($"/api/domains/{id}/measures/{added.Id}", MeasureView.Of(added));
    }

    /// <summary>Replaces what an entry says: title, text, category, forms and targets (If-Match).</summary>
    /// <remarks>
    /// Editing a default makes it customized and records the default it was based on (content, hash,
    /// plugin version): a later plugin version never overwrites the edit, and a change of the default
    /// under it is flagged. An absent category or clause keeps the entry's; a default's clause cannot change.
    /// </remarks>
    /// <param name="id">Domain id.</param>
    /// <param name="measureId">Measure id.</param>
    /// <param name="input">The whole content.</param>
    /// <param name="user">The caller.</param>
    /// <param name="request">The request (its If-Match header).</param>
    /// <param name="response">The response (its ETag header).</param>
    /// <param name="measures">The catalogue.</param>
    /// <response code="412">The entry changed since it was read.</response>
    /// <response code="428">If-Match is missing.</response>
    public static Ok<MeasureView> EditMeasure(
        string id, string measureId, MeasureInput input, ClaimsPrincipal user, HttpRequest request, HttpResponse response, MeasureCatalogService measures) =>
        Tagged(response, measures.Edit(Actor.From(user), id, measureId, EntityTags.RequireIfMatch(request), input));

    /// <summary>Deletes a bureau-added measure (If-Match). Plugin defaults are only retired; a measure plans or activities use is refused (409 naming the plans).</summary>
    /// <param name="id">Domain id.</param>
    /// <param name="measureId">Measure id.</param>
    /// <param name="user">The caller.</param>
    /// <param name="request">The request (its If-Match header).</param>
    /// <param name="measures">The catalogue.</param>
    /// <response code="204">Deleted; its history stays readable.</response>
    /// <response code="409">A plugin default, or used by a plan or an activity: retire it instead.</response>
    public static NoContent DeleteMeasure(string id, string measureId, ClaimsPrincipal user, HttpRequest request, MeasureCatalogService measures)
    {
        measures.Delete(Actor.From(user), id, measureId, EntityTags.RequireIfMatch(request));
        return TypedResults.NoContent();
    }

    /// <summary>Retires an entry (If-Match): plans keep what they filed, no plan can newly draw on it.</summary>
    /// <param name="id">Domain id.</param>
    /// <param name="measureId">Measure id.</param>
    /// <param name="user">The caller.</param>
    /// <param name="request">The request (its If-Match header).</param>
    /// <param name="response">The response (its ETag header).</param>
    /// <param name="measures">The catalogue.</param>
    public static Ok<MeasureView> RetireMeasure(string id, string measureId, ClaimsPrincipal user, HttpRequest request, HttpResponse response, MeasureCatalogService measures) =>
        Tagged(response, measures.Retire(Actor.From(user), id, measureId, EntityTags.RequireIfMatch(request)));

    /// <summary>Puts a retired entry back into service (If-Match).</summary>
    /// <param name="id">Domain id.</param>
    /// <param name="measureId">Measure id.</param>
    /// <param name="user">The caller.</param>
    /// <param name="request">The request (its If-Match header).</param>
    /// <param name="response">The response (its ETag header).</param>
    /// <param name="measures">The catalogue.</param>
    public static Ok<MeasureView> ReinstateMeasure(string id, string measureId, ClaimsPrincipal user, HttpRequest request, HttpResponse response, MeasureCatalogService measures) =>
        Tagged(response, measures.Reinstate(Actor.From(user), id, measureId, EntityTags.RequireIfMatch(request)));

    /// <summary>Drops the bureau's edit: the entry follows the plugin's current default again (If-Match).</summary>
    /// <remarks>Also a plain "revert to default". For the edit of a default the plugin no longer ships, the entry goes (204), as a deletion would.</remarks>
    /// <param name="id">Domain id.</param>
    /// <param name="measureId">Measure id.</param>
    /// <param name="user">The caller.</param>
    /// <param name="request">The request (its If-Match header).</param>
    /// <param name="response">The response (its ETag header).</param>
    /// <param name="measures">The catalogue.</param>
    public static Results<Ok<MeasureView>, NoContent> AcceptMeasureDefault(
        string id, string measureId, ClaimsPrincipal user, HttpRequest request, HttpResponse response, MeasureCatalogService measures) =>
        measures.AcceptDefault(Actor.From(user), id, measureId, EntityTags.RequireIfMatch(request)) is { } entry
            ? Tagged(response, entry)
            : TypedResults.NoContent();

    /// <summary>Keeps the bureau's edit after its default changed: the edit is re-based on the current default and the flag clears (If-Match).</summary>
    /// <remarks>For a default the plugin no longer ships, the edit becomes a bureau-added measure.</remarks>
    /// <param name="id">Domain id.</param>
    /// <param name="measureId">Measure id.</param>
    /// <param name="user">The caller.</param>
    /// <param name="request">The request (its If-Match header).</param>
    /// <param name="response">The response (its ETag header).</param>
    /// <param name="measures">The catalogue.</param>
    public static Ok<MeasureView> KeepMeasureEdit(string id, string measureId, ClaimsPrincipal user, HttpRequest request, HttpResponse response, MeasureCatalogService measures) =>
        Tagged(response, measures.KeepEdit(Actor.From(user), id, measureId, EntityTags.RequireIfMatch(request)));

    private static Ok<MeasureView> Tagged(HttpResponse response, EffectiveMeasure entry)
    {
        EntityTags.Write(response, entry.Version);
        return TypedResults.Ok(MeasureView.Of(entry));
    }
}
