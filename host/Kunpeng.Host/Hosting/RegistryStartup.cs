using Kunpeng.Registry;

namespace Kunpeng.Host.Hosting;

/// <summary>
/// Runs the registry's migrations and ensures every declared index, before any other start-up work.
/// On a registry several hosts share it first takes the start-up lock and keeps it until the host
/// has started (every later start-up step done: bootstrap records, keys), so hosts starting together
/// do that work once, one after the other.
/// </summary>
internal sealed class RegistryStartup(
    IRegistry registry, IRegistrySchema schema, IEnumerable<RegistryMigration> migrations, IEnumerable<IndexDefinition> indexes,
    TimeProvider clock, ILogger<RegistryStartup> logger, IServiceProvider services) : IHostedService
{
    private IDisposable? _lock;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _lock = services.GetService<IRegistryStartupLock>()?.HoldStartupLock();
        try
        {
            Migrate();
        }
        catch
        {
            Release();
            throw;
        }

        if (services.GetService<IHostApplicationLifetime>() is { } lifetime)
        {
            lifetime.ApplicationStarted.Register(Release);
        }
        else
        {
            Release();
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Release();
        return Task.CompletedTask;
    }

    private void Migrate()
    {
        var declared = indexes.ToList();
        var applied = RegistryMigrator.Migrate(registry, schema, migrations, declared, clock);
        logger.LogInformation(
            "Registry at schema {Version}: {Indexes} indexes ensured{Applied}.",
            applied.Count > 0 ? applied[^1].Number : registry.Read(SchemaState.Set).Find(SchemaState.SingletonId)?.Version ?? 0,
            declared.Count,
            applied.Count > 0 ? "; migrations applied: " + string.Join(", ", applied.Select(m => $"{m.Number} {m.Name}")) : "");
    }

    private void Release() => Interlocked.Exchange(ref _lock, null)?.Dispose();
}
