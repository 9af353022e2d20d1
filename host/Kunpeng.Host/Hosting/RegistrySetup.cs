using Kunpeng.Host.Registry;
using Kunpeng.Host.Workflow;
using Kunpeng.Host.Workflow.Audit;
using Kunpeng.Host.Workflow.Writing;
using Kunpeng.Registry;
using Kunpeng.Registry.LiteDb;
using Kunpeng.Registry.PostgreSql;
using Microsoft.Extensions.Options;

namespace Kunpeng.Host.Hosting;

/// <summary>The registry behind its seam, the write path over it, and the start-up migration that brings it to the current schema.</summary>
public static class RegistrySetup
{
    public static IServiceCollection AddKunpengRegistry(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RegistryOptions>(configuration.GetSection(RegistryOptions.Section));
        services.Configure<WorkflowOptions>(configuration.GetSection(WorkflowOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new LiteDbRegistryLocation(sp.GetRequiredService<IOptions<RegistryOptions>>().Value.ResolvePath()));
        // Registered by type, not by a factory: the container then disposes it (releasing the file and its lock) when the host stops.
        services.AddSingleton<LiteDbRegistry>();
        if (configuration.GetSection(RegistryOptions.Section).GetValue<RegistryProvider>(nameof(RegistryOptions.Provider)) == RegistryProvider.PostgreSql)
        {
            services.AddSingleton(new PostgreSqlRegistryLocation(configuration.GetConnectionString("Registry") is { Length: > 0 } connectionString
                ? connectionString
                : throw new InvalidOperationException("Kunpeng:Registry:Provider is PostgreSql but ConnectionStrings:Registry is not set.")));
            services.AddSingleton<PostgreSqlRegistry>();
            services.AddSingleton<IRegistry>(sp => sp.GetRequiredService<PostgreSqlRegistry>());
            services.AddSingleton<IRegistrySchema>(sp => sp.GetRequiredService<PostgreSqlRegistry>());
            services.AddSingleton<IRegistryStartupLock>(sp => sp.GetRequiredService<PostgreSqlRegistry>());
        }
        else
        {
            services.AddSingleton<IRegistry>(sp => sp.GetRequiredService<LiteDbRegistry>());
            services.AddSingleton<IRegistrySchema>(sp => sp.GetRequiredService<LiteDbRegistry>());
        }

        services.AddSingleton<RegistryDatabase>();
        services.AddSingleton<ProgrammeClock>();
        services.AddSingleton<AuditTrail>();
        services.AddSingleton<RecordWrites>();
        services.AddSingleton<RecordReads>();
        services.AddRegistryIndexes(AuditTrail.Indexes);
        // First of the hosted services: every other start-up step reads a registry at the current schema.
        services.AddHostedService<RegistryStartup>();
        return services;
    }

    /// <summary>Declares indexes an area's lists and uniqueness rules need; the start-up migration ensures them.</summary>
    public static IServiceCollection AddRegistryIndexes(this IServiceCollection services, IEnumerable<IndexDefinition> indexes)
    {
        foreach (var index in indexes)
        {
            services.AddSingleton(index);
        }

        return services;
    }

    /// <summary>Declares a numbered change to stored data an area needs (see <see cref="RegistryMigration"/>).</summary>
    public static IServiceCollection AddRegistryMigration(this IServiceCollection services, RegistryMigration migration) =>
        services.AddSingleton(migration);
}
