using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Kunpeng.Host.Tests.Infrastructure;

/// <summary>
/// The real host (Program, Autofac, McMaster loader, LiteDB registry) in memory, pointed at a
/// plugins directory and a registry file of the test's own.
/// </summary>
public sealed class KunpengHostFactory(string pluginsDirectory, string databasePath) : WebApplicationFactory<Program>
{
    public string PluginsDirectory { get; } = pluginsDirectory;

    public string DatabasePath { get; } = databasePath;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Added last, so it overrides the host's appsettings.json (which points at bin/.../plugins).
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kunpeng:Plugins:Directory"] = PluginsDirectory,
            ["Kunpeng:Registry:DatabasePath"] = DatabasePath,
        }));
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }
}
