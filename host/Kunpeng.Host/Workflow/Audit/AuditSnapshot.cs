using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Kunpeng.Host.Hosting;

namespace Kunpeng.Host.Workflow.Audit;

/// <summary>
/// The one way a record is captured for the audit trail: serialized once before a change and once
/// after it (as the API writes JSON: camelCase, kebab-case enums), and kept as the fields that differ.
/// No deep copy of the record is ever made.
/// </summary>
public static class AuditSnapshot
{
    private static readonly JsonSerializerOptions Json = CreateOptions();

    /// <summary>The record as a JSON object, now.</summary>
    public static JsonObject Of<T>(T record) where T : class =>
        JsonSerializer.SerializeToNode(record, record.GetType(), Json)?.AsObject() ?? [];

    /// <summary>
    /// The top-level fields that differ between two captures of one record, each side with only those
    /// (and the id, so an entry read alone says which record it is).
    /// </summary>
    public static (JsonObject Before, JsonObject After) Changes(JsonObject before, JsonObject after)
    {
        var changedBefore = new JsonObject { ["id"] = before["id"]?.DeepClone() };
        var changedAfter = new JsonObject { ["id"] = after["id"]?.DeepClone() };
        foreach (var (name, value) in after)
        {
            var old = before[name];
            if (!JsonNode.DeepEquals(old, value))
            {
                changedBefore[name] = old?.DeepClone();
                changedAfter[name] = value?.DeepClone();
            }
        }

        foreach (var (name, old) in before)
        {
            if (!after.ContainsKey(name))
            {
                changedBefore[name] = old?.DeepClone();
            }
        }

        return (changedBefore, changedAfter);
    }

    /// <summary>The JSON text an entry stores.</summary>
    public static string? Text(JsonObject? snapshot) => snapshot?.ToJsonString(Json);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        KunpengServiceCollectionExtensions.ConfigureJson(options);
        options.TypeInfoResolverChain.Add(new DefaultJsonTypeInfoResolver());
        return options;
    }
}
