using System.Globalization;
using System.Text.Json.Nodes;
using Kunpeng.Abstractions;
using Kunpeng.Host.Eligibility.Profiles;
using Kunpeng.Host.Plugins;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Kunpeng.Host.Api.OpenApi;

/// <summary>
/// Documents the profile in the OpenAPI schema as the host validates it: each shared fact's meaning
/// and bounds from <see cref="SharedFacts"/>, and every fact the active plugins declare as their own,
/// typed as declared. Swagger is generated per request, so the schema follows the plugins being served.
/// </summary>
internal sealed class ProfileSchemaFilter(DomainPluginCatalog catalog) : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema target)
        {
            return;
        }

        if (context.Type == typeof(ProfileInput))
        {
            Describe(target, prefix: "");
            target.Description = "A candidate's facts: the shared vocabulary (camelCase names, kebab-case enum values) plus any fact a targeted domain's plugin declares. " +
                "Every fact is optional; a missing fact leaves the conditions that need it undecided. A name that is neither is rejected.";
            AddDeclared(target, isEnterprise: false);
        }
        else if (context.Type == typeof(EnterpriseProfile))
        {
            Describe(target, SharedFacts.EnterprisePrefix);
            AddDeclared(target, isEnterprise: true);
        }
    }

    private static void Describe(OpenApiSchema schema, string prefix)
    {
        foreach (var (name, property) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            if (property is OpenApiSchema p && SharedFacts.TryGet(prefix + name, out var fact))
            {
                p.Description = fact.Meaning;
                p.Minimum = fact.Minimum?.ToString(CultureInfo.InvariantCulture) ?? p.Minimum;
                p.Maximum = fact.Maximum?.ToString(CultureInfo.InvariantCulture) ?? p.Maximum;
                if (fact is { Type: FactType.Integer, AllowedValues.Count: > 0 })
                {
                    // A qualification grade: a whole number in range, or one of its words ("none").
                    p.AnyOf =
                    [
                        new OpenApiSchema { Type = JsonSchemaType.Integer, Format = p.Format, Minimum = p.Minimum, Maximum = p.Maximum },
                        new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. fact.AllowedValues.Select(v => (JsonNode)JsonValue.Create(v))] },
                    ];
                    // The bounds stay outside too (they bind numbers only), where a client reads them first.
                    (p.Type, p.Format) = (JsonSchemaType.Null, null);
                }
            }
        }
    }

    private void AddDeclared(OpenApiSchema schema, bool isEnterprise)
    {
        var leases = catalog.AcquireAll();
        try
        {
            foreach (var lease in leases)
            {
                foreach (var fact in lease.Plugin.Criteria?.Facts ?? [])
                {
                    if (SharedFacts.Contains(fact.Name) || fact.Name.StartsWith(SharedFacts.EnterprisePrefix, StringComparison.Ordinal) != isEnterprise)
                    {
                        continue;
                    }

                    var name = isEnterprise ? fact.Name[SharedFacts.EnterprisePrefix.Length..] : fact.Name;
                    schema.Properties ??= new Dictionary<string, IOpenApiSchema>();
                    if (schema.Properties.TryGetValue(name, out var existing) && existing is OpenApiSchema declaredBefore)
                    {
                        declaredBefore.Description += $" Also declared by {lease.Plugin.Id}.";
                        continue;
                    }

                    schema.Properties[name] = Declared(fact, lease.Plugin.Id);
                }
            }
        }
        finally
        {
            foreach (var lease in leases)
            {
                lease.Dispose();
            }
        }
    }

    private static OpenApiSchema Declared(FactDefinition fact, string domainId)
    {
        var schema = new OpenApiSchema
        {
            Description = $"{fact.Meaning} Declared by the {domainId} plugin.",
            Minimum = fact.Minimum?.ToString(CultureInfo.InvariantCulture),
            Maximum = fact.Maximum?.ToString(CultureInfo.InvariantCulture),
        };
        switch (fact.Type)
        {
            case FactType.String:
                schema.Type = JsonSchemaType.String;
                break;
            case FactType.Date:
                schema.Type = JsonSchemaType.String;
                schema.Format = "date";
                break;
            case FactType.Integer:
                schema.Type = JsonSchemaType.Integer;
                break;
            case FactType.Number:
                schema.Type = JsonSchemaType.Number;
                break;
            case FactType.Boolean:
                schema.Type = JsonSchemaType.Boolean;
                break;
            case FactType.Enum:
                schema.Type = JsonSchemaType.String;
                schema.Enum = fact.AllowedValues?.Select(v => (JsonNode)JsonValue.Create(v)).ToList();
                break;
            case FactType.Array:
                schema.Type = JsonSchemaType.Array;
                break;
            default:
                schema.Type = JsonSchemaType.Object;
                break;
        }

        schema.Type |= JsonSchemaType.Null;
        return schema;
    }
}
