using Kunpeng.Workflow.Tests.Infrastructure;
using Xunit;

namespace Kunpeng.Workflow.Tests.Api;

/// <summary>Swagger UI can show and try the cycle from nomination to determination.</summary>
public sealed class OpenApiTests : IDisposable
{
    private readonly WorkflowHost _host = new();

    [Fact]
    public async Task The_openapi_document_lists_the_workflow_endpoints()
    {
        var document = await _host.Anonymous().GetAsync("/swagger/v1/swagger.json").OkAsync();
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        foreach (var path in new[]
        {
            "/api/programmes", "/api/programmes/years/{year}/open", "/api/cycles", "/api/cycles/{id}/close-nominations", "/api/persons",
            "/api/persons/{id}/history", "/api/nominations", "/api/nominations/{id}/submit", "/api/nominations/{id}/rescreen",
            "/api/nominations/{id}/documents", "/api/cycles/{cycleId}/panel", "/api/nominations/{id}/reviewers", "/api/nominations/{id}/reviews/mine",
            "/api/cycles/{cycleId}/determination", "/api/cycles/{cycleId}/determination/fix", "/api/settings/quota-tolerance", "/api/audit",
        })
        {
            Assert.Contains(path, paths);
        }
    }

    public void Dispose() => _host.Dispose();
}
