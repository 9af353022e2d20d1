using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Kunpeng.Host.Tests.Infrastructure;

/// <summary>
/// The real host (Program, Autofac, McMaster loader, LiteDB registry) in memory, pointed at a
/// plugins directory and a registry file of the test's own; <paramref name="settings"/> adds or
/// overrides configuration keys (e.g. Kunpeng:Plugins:QuietPeriod).
/// </summary>
public sealed class KunpengHostFactory(string pluginsDirectory, string databasePath, IReadOnlyDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(10);

    public string PluginsDirectory { get; } = pluginsDirectory;

    public string DatabasePath { get; } = databasePath;

    public const string AdminUser = "admin";
    public const string AdminPassword = "admin-password-1";

    /// <summary>A client signed in as the bootstrap administrator (screening a batch needs a signed-in caller).</summary>
    public async Task<HttpClient> SignedInClientAsync()
    {
        var client = CreateClient();
        using var login = await client.PostAsJsonAsync("/api/auth/token", new { userName = AdminUser, password = AdminPassword });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!["access_token"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Added last, so it overrides the host's appsettings.json (which points at bin/.../plugins).
        var values = new Dictionary<string, string?>
        {
            ["Kunpeng:Plugins:Directory"] = PluginsDirectory,
            ["Kunpeng:Registry:DatabasePath"] = DatabasePath,
            // The tests assert the English problem texts; Chinese (the default) is tested by asking for it.
            ["Kunpeng:Localization:DefaultCulture"] = "en",
            ["Kunpeng:Auth:BootstrapAdmin:UserName"] = AdminUser,
            ["Kunpeng:Auth:BootstrapAdmin:Password"] = AdminPassword,
            ["Kunpeng:Auth:PasswordHashIterations"] = "1",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(values));
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }

    /// <summary>
    /// Stops the host and waits until it has let go of the registry. With minimal hosting the
    /// app's own <c>app.Run()</c> disposes the container on the entry-point thread once the host
    /// stops; the factory's dispose can return while that is still going on (Autofac's second
    /// dispose call returns at once), so a restart on the same registry must wait for the lock.
    /// </summary>
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        var lockPath = Path.GetFullPath(DatabasePath) + ".lock";
        var waited = Stopwatch.StartNew();
        while (!TryTakeLock(lockPath))
        {
            if (waited.Elapsed > ShutdownTimeout)
            {
                throw new TimeoutException($"The stopped host still holds the registry lock {lockPath} after {ShutdownTimeout.TotalSeconds} s.");
            }

            await Task.Delay(10);
        }
    }

    private static bool TryTakeLock(string lockPath)
    {
        try
        {
            using var probe = new FileStream(lockPath, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return true;
        }
        catch (FileNotFoundException)
        {
            return true;
        }
        catch (DirectoryNotFoundException)
        {
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
