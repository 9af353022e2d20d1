using Kunpeng.Host.Api.Models;
using Kunpeng.Host.Plugins;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kunpeng.Host.Api;

/// <summary>A domain's selection conditions, as its plugin states them. (Its measures: <see cref="MeasuresApi"/>.)</summary>
public static class CriteriaApi
{
    public static IEndpointRouteBuilder MapCriteriaApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/domains").WithTags("Criteria");
        group.MapGet("/{id}/criteria", GetCriteria).WithName(nameof(GetCriteria))
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>Gets a domain's selection conditions (选拔条件): tiers, each condition's clause, text and kind, and the facts they read.</summary>
    /// <remarks>
    /// Kinds: hard (not met rejects), general (一般: not met needs the panel's recorded justification),
    /// qualitative (only the panel can judge), preference (优先: ranks, never rejects). The facts are what
    /// a profile may carry for this domain: POST /api/domains/{id}/eligibility accepts these and the shared vocabulary.
    /// </remarks>
    /// <param name="id">Domain id, e.g. education.</param>
    /// <param name="catalog">The plugins being served.</param>
    /// <response code="404">No active plugin serves this id, or its plugin provides no criteria.</response>
    public static Results<Ok<DomainCriteriaView>, ProblemHttpResult> GetCriteria(string id, DomainPluginCatalog catalog)
    {
        if (!catalog.TryAcquire(id, out var lease))
        {
            return DomainProblems.Unknown(id);
        }

        using (lease)
        {
            return lease.Plugin.Criteria is { } criteria
                ? TypedResults.Ok(CriteriaViews.Criteria(lease.Plugin, criteria))
                : DomainProblems.NoCriteria(id);
        }
    }
}
