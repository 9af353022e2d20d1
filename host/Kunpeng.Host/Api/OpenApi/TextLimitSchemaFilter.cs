using Kunpeng.Host.Workflow;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Kunpeng.Host.Api.OpenApi;

/// <summary>
/// Documents the length every text property takes, as the request body gate enforces it: a [MaxLength]
/// where the field names one, otherwise <see cref="TextRules.NameMaxLength"/> for names and
/// <see cref="TextRules.TextMaxLength"/> for any other text.
/// </summary>
internal sealed class TextLimitSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema.Properties is not { Count: > 0 } properties)
        {
            return;
        }

        foreach (var (name, property) in properties)
        {
            var text = property is OpenApiSchema { Type: { } type } own && type.HasFlag(JsonSchemaType.String) ? own
                : property is OpenApiSchema { Type: { } array, Items: OpenApiSchema { Type: { } item } items } && array.HasFlag(JsonSchemaType.Array) && item.HasFlag(JsonSchemaType.String) ? items
                : null;
            if (text is { MaxLength: null, Format: null or "" } && text.Enum is not { Count: > 0 })
            {
                text.MaxLength = TextRules.IsName(name) ? TextRules.NameMaxLength : TextRules.TextMaxLength;
            }
        }
    }
}
