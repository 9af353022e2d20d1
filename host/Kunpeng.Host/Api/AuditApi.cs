using Kunpeng.Host.Workflow.Audit;
using Kunpeng.Host.Api.Models;
using Kunpeng.Host.Registry;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kunpeng.Host.Api;

/// <summary>The append-only audit trail (Talent Office).</summary>
public static class AuditApi
{
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/audit", ListAudit).WithName(nameof(ListAudit)).WithTags("Audit").RequireAuthorization(KunpengPolicies.TalentOffice)
            .ProducesValidationProblem();
        return app;
    }

    /// <summary>Audit entries, newest first, filtered by entity id, domain, entity type or actor: who, role, when, what, before and after.</summary>
    public static Ok<PagedList<AuditEntry>> ListAudit(
        RegistryDatabase registry, string? entityId = null, string? domainId = null, string? entityType = null, string? actorId = null,
        int? page = null, int? pageSize = null)
    {
        var paging = Paging.From(page, pageSize);
        var query = registry.Database.GetCollection<AuditEntry>(AuditEntry.Set.Name).Query();
        if (entityId is not null)
        {
            query = query.Where(a => a.EntityId == entityId);
        }

        if (domainId is not null)
        {
            query = query.Where(a => a.DomainId == domainId);
        }

        if (actorId is not null)
        {
            query = query.Where(a => a.ActorId == actorId);
        }

        if (entityType is not null)
        {
            query = query.Where(a => a.EntityType == entityType);
        }

        return TypedResults.Ok(query.Page(paging, q => q.OrderByDescending(a => a.Id)));
    }
}
