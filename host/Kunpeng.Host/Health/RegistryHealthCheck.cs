using Kunpeng.Host.Registry;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Kunpeng.Host.Health;

/// <summary>Ready only while the registry database is open.</summary>
internal sealed class RegistryHealthCheck(RegistryDatabase registry) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(registry.IsOpen
            ? HealthCheckResult.Healthy($"Registry open at {registry.FilePath}.")
            : HealthCheckResult.Unhealthy("Registry database is closed."));
}
