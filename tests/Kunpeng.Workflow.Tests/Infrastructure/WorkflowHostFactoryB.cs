using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Kunpeng.Host.Measures;
using Kunpeng.Host.Plugins;
using Kunpeng.Host.Workflow.Plans;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kunpeng.Workflow.Tests.Infrastructure;

/// <summary>
/// The real host (Program, Autofac, the ten real plugins deployed beside the tests, LiteDB) on a
/// registry file of its own, with a bootstrap Talent Office administrator. Should the health plugin
/// serve no measures catalogue (as before criteria-kit was merged), the test catalogue is laid over it.
/// </summary>
public sealed class WorkflowHostFactoryB : WebApplicationFactory<Program>
{
    public const string AdminUser = "admin";
    public const string AdminPassword = "kunpeng-admin-test-2015";
    public const string Password = "bureau-password-2015";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "kunpeng-wf-b-http-" + Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(_directory, "kunpeng.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kunpeng:Plugins:Directory"] = Path.Combine(AppContext.BaseDirectory, "plugins"),
            ["Kunpeng:Registry:DatabasePath"] = DatabasePath,
            ["Kunpeng:Auth:BootstrapAdmin:UserName"] = AdminUser,
            ["Kunpeng:Auth:BootstrapAdmin:Password"] = AdminPassword,
            ["Kunpeng:Auth:PasswordHashIterations"] = "10",
        }));
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        // Laid over the effective catalogue (the bureau's overlay on the plugin's defaults), which the host registers.
        builder.ConfigureTestServices(services => services.AddSingleton<IDomainTermsSource>(sp =>
            new CatalogueOverlay(new EffectiveDomainTermsSource(
                new PluginDomainTermsSource(sp.GetRequiredService<DomainPluginCatalog>()), sp.GetRequiredService<MeasureCatalogService>()))));
    }

    /// <summary>A client logged in as the bootstrap administrator.</summary>
    public async Task<HttpClient> AdminAsync() => await LoginAsync(AdminUser, AdminPassword);

    /// <summary>Creates an account (as the administrator) and returns a client logged in as it.</summary>
    public async Task<HttpClient> AccountAsync(string userName, string role, string? domainId = null, string? unit = null)
    {
        using var admin = await AdminAsync();
        var created = await admin.PostAsJsonAsync("/api/accounts", new { userName, password = Password, displayName = userName, role, domainId, unit });
        created.EnsureSuccessStatusCode();
        return await LoginAsync(userName, Password);
    }

    public async Task<HttpClient> LoginAsync(string userName, string password)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("access_token").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        // The app's own shutdown may still be releasing the registry; wait for its lock, then clean up.
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            try
            {
                Directory.Delete(_directory, recursive: true);
                return;
            }
            catch (DirectoryNotFoundException)
            {
                return;
            }
            catch (IOException)
            {
                await Task.Delay(20);
            }
        }
    }

    private sealed class CatalogueOverlay(IDomainTermsSource inner) : IDomainTermsSource
    {
        public DomainTerms? Find(string domainId) => inner.Find(domainId) switch
        {
            { Measures: null, DomainId: "health" } health => health with { Measures = TestDomainTermsB.HealthMeasures },
            var terms => terms,
        };
    }
}
