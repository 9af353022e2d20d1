using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Kunpeng.Host.Hosting;

namespace Kunpeng.Host.Eligibility;

/// <summary>
/// The host's wire format for eligibility, outside HTTP: what the benchmark and tests serialize with,
/// so their "pure JSON round trip" is exactly the one the endpoints do.
/// </summary>
public static class EligibilityJson
{
    /// <summary>camelCase, kebab-case enums, source-generated metadata first, read-only.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        KunpengServiceCollectionExtensions.ConfigureJson(options);
        // Reflection after the generated metadata, as over HTTP, for anything else a caller serializes.
        options.TypeInfoResolverChain.Add(new DefaultJsonTypeInfoResolver());
        options.MakeReadOnly();
        return options;
    }
}
