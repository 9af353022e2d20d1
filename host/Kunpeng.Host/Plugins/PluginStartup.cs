using Kunpeng.Host.Registry;

namespace Kunpeng.Host.Plugins;

/// <summary>Scans the plugins folder when the host starts, records what it found, and starts serving.</summary>
public sealed class PluginStartup(
    PluginDirectoryScanner scanner, DomainPluginCatalog catalog, PluginVersionLedger ledger, ILogger<PluginStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var results = scanner.Scan();
        var states = results.Select(r => r.State).ToList();
        ledger.Record(states);
        catalog.Publish(results.Where(r => r.Plugin is not null).Select(r => r.Plugin!), states);
        logger.LogInformation("Plugins scanned: {Active} active, {Refused} set aside.",
            results.Count(r => r.Plugin is not null), results.Count(r => r.Plugin is null));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
