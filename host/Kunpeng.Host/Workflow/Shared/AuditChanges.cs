namespace Kunpeng.Host.Workflow;

/// <summary>
/// Field-level before/after for the audit trail of large documents (a nomination carries its facts
/// and every screening): only the top-level fields a change touched, each with its value before and
/// after. Smaller entries, the same information, and easier to read than two whole documents.
/// </summary>
public static class AuditChanges
{
    private static readonly System.Text.Json.JsonSerializerOptions Json = CreateOptions();

    /// <summary>The document as JSON, taken before a change.</summary>
    public static System.Text.Json.Nodes.JsonObject Capture<T>(T value) =>
        System.Text.Json.JsonSerializer.SerializeToNode(value, Json)!.AsObject();

    /// <summary>The fields that differ between <paramref name="before"/> and the document now, each side with only those fields.</summary>
    public static (System.Text.Json.Nodes.JsonObject Before, System.Text.Json.Nodes.JsonObject After) Diff<T>(System.Text.Json.Nodes.JsonObject before, T now)
    {
        var after = Capture(now);
        var changedBefore = new System.Text.Json.Nodes.JsonObject { ["id"] = before["id"]?.DeepClone() };
        var changedAfter = new System.Text.Json.Nodes.JsonObject { ["id"] = after["id"]?.DeepClone() };
        foreach (var (name, value) in after)
        {
            var old = before[name];
            if (!System.Text.Json.Nodes.JsonNode.DeepEquals(old, value))
            {
                changedBefore[name] = old?.DeepClone();
                changedAfter[name] = value?.DeepClone();
            }
        }

        return (changedBefore, changedAfter);
    }

    private static System.Text.Json.JsonSerializerOptions CreateOptions()
    {
        var options = new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web);
        Hosting.KunpengServiceCollectionExtensions.ConfigureJson(options);
        options.TypeInfoResolverChain.Add(new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver());
        return options;
    }
}
