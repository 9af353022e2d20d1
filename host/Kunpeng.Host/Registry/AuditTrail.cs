using System.Text.Json;
using JsonSerializer = System.Text.Json.JsonSerializer;
using Kunpeng.Host.Hosting;
using Kunpeng.Host.Security;
using LiteDB;

namespace Kunpeng.Host.Registry;

/// <summary>
/// Appends to the audit trail inside the caller's registry transaction, so a change and its audit
/// entry are written together or not at all. Entries are never updated or deleted.
/// </summary>
public sealed class AuditTrail(TimeProvider clock)
{
    public const string Collection = "audit";

    private static readonly JsonSerializerOptions Json = CreateJsonOptions();

    public static void EnsureIndexes(LiteDatabase db)
    {
        var audit = db.GetCollection<AuditEntry>(Collection);
        audit.EnsureIndex(a => a.EntityId);
        audit.EnsureIndex(a => a.DomainId);
        audit.EnsureIndex(a => a.ActorId);
    }

    /// <summary>Records one change; call inside <see cref="RegistryDatabase.Write{T}"/>.</summary>
    public void Record(LiteDatabase db, Actor actor, string action, string entityType, string entityId, string? domainId, object? before, object? after)
    {
        db.GetCollection<AuditEntry>(Collection).Insert(new AuditEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            ActorId = actor.AccountId,
            ActorName = actor.Name,
            Role = actor.Role,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            DomainId = domainId,
            Before = before is null ? null : JsonSerializer.Serialize(before, before.GetType(), Json),
            After = after is null ? null : JsonSerializer.Serialize(after, after.GetType(), Json),
        });
    }

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        KunpengServiceCollectionExtensions.ConfigureJson(options);
        // ConfigureJson puts source-generated metadata first; the audited documents need reflection after it.
        options.TypeInfoResolverChain.Add(new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver());
        return options;
    }
}
