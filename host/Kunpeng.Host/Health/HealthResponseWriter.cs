using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Kunpeng.Host.Health;

/// <summary>Writes the health report as JSON: overall status and each check's description.</summary>
internal static class HealthResponseWriter
{
    public static Task Write(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        }));
    }
}
