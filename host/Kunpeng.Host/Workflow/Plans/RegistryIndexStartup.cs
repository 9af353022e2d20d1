using Kunpeng.Host.Registry;
using LiteDB;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kunpeng.Host.Workflow.Plans;

/// <summary>An area's indexes for its list filters, created once at startup (EnsureIndex takes the write lock).</summary>
/// <param name="Area">Area name, for the log.</param>
/// <param name="Ensure">Creates the indexes.</param>
public sealed record RegistryIndexes(string Area, Action<LiteDatabase> Ensure);

/// <summary>Runs every registered <see cref="RegistryIndexes"/> when the host starts, then checkpoints.</summary>
public sealed class RegistryIndexStartup(RegistryDatabase registry, IEnumerable<RegistryIndexes> indexes, ILogger<RegistryIndexStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var area in indexes)
        {
            area.Ensure(registry.Database);
        }

        registry.Database.Checkpoint();
        logger.LogInformation("Registry indexes ensured for: {Areas}.", string.Join(", ", indexes.Select(i => i.Area)));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Registers an area's indexes (and, once, the startup that creates them).</summary>
    public static IServiceCollection Add(IServiceCollection services, string area, Action<LiteDatabase> ensure)
    {
        services.AddSingleton(new RegistryIndexes(area, ensure));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, RegistryIndexStartup>());
        return services;
    }
}
