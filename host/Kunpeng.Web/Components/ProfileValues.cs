using System.Globalization;
using System.Text.Json.Nodes;

namespace Kunpeng.Web.Components;

/// <summary>Reads and writes a fact in a profile by its declared name; a dotted name (<c>enterprise.industry</c>) is a nested object.</summary>
public static class ProfileValues
{
    public static JsonNode? Get(JsonObject profile, string name)
    {
        JsonNode? node = profile;
        foreach (var part in name.Split('.'))
        {
            node = node is JsonObject o && o.TryGetPropertyValue(part, out var child) ? child : null;
        }

        return node;
    }

    /// <summary>Sets a fact; null removes it (a fact left empty is missing, not false or zero).</summary>
    public static void Set(JsonObject profile, string name, JsonNode? value)
    {
        var parts = name.Split('.');
        var parent = profile;
        foreach (var part in parts[..^1])
        {
            if (parent[part] is not JsonObject child)
            {
                if (value is null)
                {
                    return;
                }

                parent[part] = child = new JsonObject();
            }

            parent = child;
        }

        if (value is null)
        {
            parent.Remove(parts[^1]);
        }
        else
        {
            parent[parts[^1]] = value;
        }
    }

    public static string? Text(JsonNode? node) => node is JsonValue v ? v.ToString() : null;

    public static double? Number(JsonNode? node) =>
        node is JsonValue v && double.TryParse(v.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;

    /// <summary>"true", "false" or null: a yes/no fact has three states (yes, no, not stated).</summary>
    public static string? Flag(JsonNode? node) => node is JsonValue v && v.TryGetValue<bool>(out var b) ? (b ? "true" : "false") : null;

    public static DateTime? Date(JsonNode? node) =>
        DateTime.TryParseExact(Text(node), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public static JsonNode? OfNumber(double? value, bool integer) =>
        value is not { } d ? null : integer ? JsonValue.Create((long)Math.Round(d)) : JsonValue.Create(d);

    public static JsonNode? OfFlag(string? flag) => flag switch { "true" => JsonValue.Create(true), "false" => JsonValue.Create(false), _ => null };

    public static JsonNode? OfDate(DateTime? date) => date is { } d ? JsonValue.Create(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null;

    /// <summary>An integer level fact (vocationalLevel) is stored as a number, or the string "none".</summary>
    public static JsonNode? OfLevel(string? value) =>
        string.IsNullOrEmpty(value) ? null : int.TryParse(value, out var i) ? JsonValue.Create(i) : JsonValue.Create(value);
}
