using Kunpeng.Host.Plugins;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Kunpeng.Host.Health;

/// <summary>
/// Ready once the plugins folder has been scanned. Plugins set aside make it degraded, not
/// unhealthy: the host serves the others.
/// </summary>
internal sealed class PluginScanHealthCheck(DomainPluginCatalog catalog) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!catalog.Scanned)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Plugins have not been scanned yet."));
        }

        var active = catalog.States.Count(s => s.Status == PluginStatus.Active);
        var refused = catalog.States.Count - active;
        var summary = $"{active} plugin(s) active, {refused} set aside.";
        return Task.FromResult(refused == 0 ? HealthCheckResult.Healthy(summary) : HealthCheckResult.Degraded(summary));
    }
}
