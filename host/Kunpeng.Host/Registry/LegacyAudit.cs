using Kunpeng.Host.Workflow;
using System.Text.Json.Nodes;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Audit;
using LiteDB;

namespace Kunpeng.Host.Registry;

/// <summary>
/// The audit trail for the areas not yet moved onto the write path: the same entries, written into
/// the caller's bare LiteDB transaction. Goes with <see cref="RegistryDatabase"/>.
/// </summary>
public static class LegacyAudit
{
    public static void Record(
        this AuditTrail audit, LiteDatabase db, Actor actor, string action, string entityType, string entityId, string? domainId, object? before, object? after)
    {
        var entry = audit.Entry(actor, action, entityType, entityId, domainId, Capture(before), Capture(after), null);
        db.GetCollection<AuditEntry>(AuditEntry.Set.Name).Insert(entry);
    }

    private static JsonObject? Capture(object? value) => value switch
    {
        null => null,
        JsonObject o => o,
        _ => AuditSnapshot.Of(value),
    };
}
