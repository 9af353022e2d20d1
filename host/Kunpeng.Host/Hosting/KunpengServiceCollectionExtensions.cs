using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Kunpeng.Host.Api;
using Kunpeng.Host.Eligibility;
using Kunpeng.Host.Health;
using Kunpeng.Host.Plugins;
using Kunpeng.Host.Registry;
using Kunpeng.Host.Workflow.Acceptance;
using Kunpeng.Host.Workflow.Dashboard;
using Kunpeng.Host.Workflow.Grants;

namespace Kunpeng.Host.Hosting;

/// <summary>Registers the host's parts; each area adds its own services.</summary>
public static class KunpengServiceCollectionExtensions
{
    public static IServiceCollection AddKunpengPlugins(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PluginOptions>(configuration.GetSection(PluginOptions.Section));
        services.AddSingleton<PluginVersionLedger>();
        services.AddRegistryIndexes(PluginVersionLedger.Indexes);
        services.AddSingleton<IPluginAssemblyLoader, McMasterPluginAssemblyLoader>();
        services.AddSingleton<PluginScopeRoot>();
        // Plugin scopes are begun from their own plain container, never from the host's (see PluginScopeRoot).
        services.AddSingleton(sp => new DomainPluginLoader(
            sp.GetRequiredService<IPluginAssemblyLoader>(),
            sp.GetRequiredService<PluginScopeRoot>().Container,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<DomainPluginLoader>>()));
        services.AddSingleton<PluginDirectoryScanner>();
        services.AddSingleton<DomainPluginCatalog>();
        services.AddHostedService<PluginStartup>();
        services.AddSingleton<PluginReloader>();
        services.AddHostedService<PluginFolderWatcher>();
        return services;
    }

    public static IServiceCollection AddKunpengEligibility(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EligibilityOptions>(configuration.GetSection(EligibilityOptions.Section));
        services.AddSingleton<EligibilityScreening>();
        return services;
    }

    public static IServiceCollection AddKunpengApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<Problems.ProblemExceptionHandler>();
        // A body or query value that cannot be bound reaches the problem handler (which names the field) in every environment.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o => ConfigureJson(o.SerializerOptions));
        services.AddHealthChecks()
            .AddCheck<RegistryHealthCheck>("registry")
            .AddCheck<PluginScanHealthCheck>("plugins");
        services.AddEndpointsApiExplorer();
        services.AddKunpengSwagger();
        return services;
    }

    /// <summary>Acceptance, grants and the dashboard, until they register as areas (plans, implementation, tasks and engagement do).</summary>
    public static IServiceCollection AddKunpengWorkflowSteps6To10(this IServiceCollection services, IConfiguration configuration) =>
        services
            .AddKunpengAcceptance()
            .AddKunpengGrants()
            .AddKunpengDashboard();

    /// <summary>
    /// The wire format: camelCase names, kebab-case enum strings, Chinese written as is (not \u-escaped);
    /// the eligibility types' source-generated metadata is tried first, reflection for the rest.
    /// </summary>
    public static void ConfigureJson(JsonSerializerOptions options)
    {
        options.TypeInfoResolverChain.Insert(0, WireJsonContext.Default);
        // Options built from scratch (not ASP.NET Core's) have no reflection resolver behind the
        // source-generated one; every other host DTO needs it.
        if (!options.TypeInfoResolverChain.OfType<System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver>().Any())
        {
            options.TypeInfoResolverChain.Add(new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver());
        }
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
    }
}
