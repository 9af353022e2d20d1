using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Kunpeng.Workflow.Tests.Measures;

/// <summary>
/// The real host (Program, Autofac, the McMaster loader, LiteDB) over a plugins folder and a registry
/// file the test owns, so it can replace a plugin's folder and restart on the same registry. File
/// watching is off: the test reloads explicitly, so the moment of the swap is its own.
/// </summary>
public sealed class MeasuresHostFactory(string pluginsDirectory, string databasePath) : WebApplicationFactory<Program>
{
    public const string AdminUser = "admin";
    public const string AdminPassword = "kunpeng-admin-test-2015";
    public const string Password = "bureau-password-2015";

    /// <summary>Where the fixture-measures versions are deployed beside the tests.</summary>
    public static string FixtureVersion(int major) =>
        Path.Combine(AppContext.BaseDirectory, "measures-plugins", $"v{major}", FixtureFolder);

    public const string FixtureFolder = "Kunpeng.Fixtures.Measures";

    /// <summary>A real domain plugin deployed beside the tests, e.g. Kunpeng.Plugins.Health.</summary>
    public static string RealPlugin(string folder) => Path.Combine(AppContext.BaseDirectory, "plugins", folder);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kunpeng:Plugins:Directory"] = pluginsDirectory,
            ["Kunpeng:Plugins:WatchForChanges"] = "false",
            ["Kunpeng:Registry:DatabasePath"] = databasePath,
            // The tests assert the English problem texts; Chinese (the default) is tested by asking for it.
            ["Kunpeng:Localization:DefaultCulture"] = "en",
            ["Kunpeng:Auth:BootstrapAdmin:UserName"] = AdminUser,
            ["Kunpeng:Auth:BootstrapAdmin:Password"] = AdminPassword,
            ["Kunpeng:Auth:PasswordHashIterations"] = "10",
        }));
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }

    /// <summary>Creates an account (as the administrator) and returns a client logged in as it.</summary>
    public async Task<HttpClient> AccountAsync(string userName, string role, string? domainId = null, string? unit = null)
    {
        using var admin = await LoginAsync(AdminUser, AdminPassword);
        var created = await admin.PostAsJsonAsync("/api/accounts", new { userName, password = Password, displayName = userName, role, domainId, unit });
        created.EnsureSuccessStatusCode();
        return await LoginAsync(userName, Password);
    }

    public async Task<HttpClient> LoginAsync(string userName, string password = Password)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("access_token").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Stops the host and waits until it has let go of the registry, so the next host can open it.</summary>
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        var lockPath = Path.GetFullPath(databasePath) + ".lock";
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            try
            {
                using var probe = new FileStream(lockPath, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
                return;
            }
            catch (FileNotFoundException)
            {
                return;
            }
            catch (IOException)
            {
                await Task.Delay(20);
            }
        }

        throw new TimeoutException($"The stopped host still holds the registry lock {lockPath}.");
    }

    /// <summary>Copies a plugin folder (replacing what is there), as a deployment would.</summary>
    public static void Deploy(string source, string target)
    {
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }

        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
