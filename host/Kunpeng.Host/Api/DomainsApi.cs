using Kunpeng.Host.Api.Models;
using Kunpeng.Host.Plugins;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kunpeng.Host.Api;

/// <summary>The domains being served and how each is organized.</summary>
public static class DomainsApi
{
    public static IEndpointRouteBuilder MapDomainsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/domains").WithTags("Domains");
        group.MapGet("/", ListDomains).WithName(nameof(ListDomains));
        group.MapGet("/{id}", GetDomain).WithName(nameof(GetDomain)).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>Lists the domains served by an active plugin, with their organizing bureau.</summary>
    public static Ok<IReadOnlyList<DomainSummary>> ListDomains(DomainPluginCatalog catalog)
    {
        var leases = catalog.AcquireAll();
        try
        {
            return TypedResults.Ok<IReadOnlyList<DomainSummary>>(leases.Select(l => DomainViews.Summary(l.Plugin)).ToList());
        }
        finally
        {
            foreach (var lease in leases)
            {
                lease.Dispose();
            }
        }
    }

    /// <summary>Gets a domain's organizer data: bodies and their roles, intake rules, tiers with quota and grant.</summary>
    /// <param name="id">Domain id, e.g. education.</param>
    /// <param name="catalog">The plugins being served.</param>
    /// <response code="404">No active plugin serves this id.</response>
    public static Results<Ok<DomainDetail>, ProblemHttpResult> GetDomain(string id, DomainPluginCatalog catalog)
    {
        if (!catalog.TryAcquire(id, out var lease))
        {
            return DomainProblems.Unknown(id);
        }

        using (lease)
        {
            return TypedResults.Ok(DomainViews.Detail(lease.Plugin));
        }
    }
}
