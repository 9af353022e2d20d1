using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Kunpeng.Host.Api.OpenApi;

/// <summary>Puts an endpoint's <see cref="RequestExample"/> into its OpenAPI request body.</summary>
internal sealed class RequestExampleOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var example = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<RequestExample>().LastOrDefault();
        if (example is null || operation.RequestBody?.Content is not { } content)
        {
            return;
        }

        foreach (var (mediaType, body) in content)
        {
            if (mediaType.Contains("json", StringComparison.OrdinalIgnoreCase) && body is OpenApiMediaType media)
            {
                media.Example = JsonNode.Parse(example.Json);
            }
        }
    }
}
