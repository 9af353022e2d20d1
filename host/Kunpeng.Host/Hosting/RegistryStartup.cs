using Kunpeng.Registry;

namespace Kunpeng.Host.Hosting;

/// <summary>Runs the registry's migrations and ensures every declared index, before any other start-up work.</summary>
internal sealed class RegistryStartup(
    IRegistry registry, IRegistrySchema schema, IEnumerable<RegistryMigration> migrations, IEnumerable<IndexDefinition> indexes,
    TimeProvider clock, ILogger<RegistryStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var declared = indexes.ToList();
        var applied = RegistryMigrator.Migrate(registry, schema, migrations, declared, clock);
        logger.LogInformation(
            "Registry at schema {Version}: {Indexes} indexes ensured{Applied}.",
            applied.Count > 0 ? applied[^1].Number : registry.Read(SchemaState.Set).Find(SchemaState.SingletonId)?.Version ?? 0,
            declared.Count,
            applied.Count > 0 ? "; migrations applied: " + string.Join(", ", applied.Select(m => $"{m.Number} {m.Name}")) : "");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
