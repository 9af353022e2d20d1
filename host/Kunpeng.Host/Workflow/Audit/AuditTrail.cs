using Kunpeng.Host.Workflow.Audit;
using System.Text.Json.Nodes;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Writing;
using Kunpeng.Registry;

namespace Kunpeng.Host.Workflow.Audit;

/// <summary>
/// Appends to the audit trail inside the caller's registry transaction, so a change and its audit
/// entry are written together or not at all. Entries are never updated or deleted.
/// </summary>
public sealed class AuditTrail(ProgrammeClock clock)
{
    /// <summary>The indexes the trail's filters use.</summary>
    public static IEnumerable<IndexDefinition> Indexes =>
    [
        IndexDefinition.On(AuditEntry.Set, a => a.EntityId),
        IndexDefinition.On(AuditEntry.Set, a => a.DomainId),
        IndexDefinition.On(AuditEntry.Set, a => a.ActorId),
        IndexDefinition.On(AuditEntry.Set, a => a.RootId),
    ];

    /// <summary>Records one change, in the transaction that makes it.</summary>
    public void Record(
        IRegistryTransaction transaction, Actor actor, string action, string entityType, string entityId, string? domainId,
        JsonObject? before, JsonObject? after, AuditRoot? root = null)
    {
        transaction.Records(AuditEntry.Set).Insert(Entry(actor, action, entityType, entityId, domainId, before, after, root));
    }

    internal AuditEntry Entry(
        Actor actor, string action, string entityType, string entityId, string? domainId, JsonObject? before, JsonObject? after, AuditRoot? root) =>
        new()
        {
            AtUtc = clock.UtcNow,
            ActorId = actor.AccountId,
            ActorName = actor.Name,
            Role = actor.Role,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            DomainId = domainId,
            RootType = root?.EntityType,
            RootId = root?.EntityId,
            Before = AuditSnapshot.Text(before),
            After = AuditSnapshot.Text(after),
        };
}
