using System.Net.Http.Json;
using Kunpeng.Abstractions;
using Kunpeng.Host.Plugins;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;

namespace Kunpeng.Eligibility.Tests.Support;

/// <summary>
/// The real host over an empty plugins folder and a throw-away registry, with criteria doubles
/// published into its catalog once it has started: education (criteria and measures), health
/// (criteria) and culture (neither). The real plugins are tested through the loader once their criteria exist.
/// </summary>
public sealed class EligibilityApiFactory : WebApplicationFactory<Program>
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("kunpeng-eligibility-");
    private bool _published;

    /// <summary>Profiles one screening may carry here: small, so the cap is testable.</summary>
    public const int MaxProfiles = 3;

    public const string AdminUser = "admin";
    public const string AdminPassword = "admin-password-1";

    private string? _token;

    /// <summary>
    /// A client signed in as the bootstrap administrator: screening a batch needs a signed-in caller.
    /// The token is asked for once per host: the login limits would refuse one sign-in per test.
    /// </summary>
    public HttpClient SignedInClient()
    {
        var client = Client();
        _token ??= SignIn(client);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _token);
        return client;
    }

    private static string SignIn(HttpClient client)
    {
        var login = client.PostAsJsonAsync("/api/auth/token", new { userName = AdminUser, password = AdminPassword }).GetAwaiter().GetResult();
        login.EnsureSuccessStatusCode();
        return login.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>().GetAwaiter().GetResult()!["access_token"]!.GetValue<string>();
    }

    public HttpClient Client()
    {
        var client = CreateClient();
        if (!_published)
        {
            var measures = Substitute.For<IMeasureCatalog>();
            measures.DomainId.Returns("education");
            measures.Measures.Returns([
                new MeasureDefinition("study-tour", "五.3", "考察学习", "组织赴先进地区考察学习。", MeasureCategory.StudyTour, ["参观", "交流"],
                    [new MeasureTarget("tours", "每年组织考察学习不少于1次", 1, null)]),
            ]);
            TestPlugins.Publish(Services.GetRequiredService<DomainPluginCatalog>(),
                TestPlugins.Plugin("education", SampleCriteria.Create("education"), measures),
                TestPlugins.Plugin("health", SampleCriteria.Create("health")),
                TestPlugins.Plugin("culture", criteria: null));
            _published = true;
        }

        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var plugins = _root.CreateSubdirectory("plugins");
        builder.UseSetting("Kunpeng:Plugins:Directory", plugins.FullName);
        builder.UseSetting("Kunpeng:Registry:DatabasePath", Path.Combine(_root.FullName, "registry.db"));
        // The tests assert the English problem texts; Chinese (the default) is tested by asking for it.
        builder.UseSetting("Kunpeng:Localization:DefaultCulture", "en");
        builder.UseSetting("Kunpeng:Auth:BootstrapAdmin:UserName", AdminUser);
        builder.UseSetting("Kunpeng:Auth:BootstrapAdmin:Password", AdminPassword);
        builder.UseSetting("Kunpeng:Auth:PasswordHashIterations", "1");
        builder.UseSetting("Kunpeng:Eligibility:MaxProfilesPerScreening", MaxProfiles.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            DeleteFolder();
        }
    }

    /// <summary>
    /// Best effort: Dispose and DisposeAsync call each other, and the first call can come while the
    /// registry is still writing its last checkpoint; the later call finds it quiet.
    /// </summary>
    private void DeleteFolder()
    {
        try
        {
            if (Directory.Exists(_root.FullName))
            {
                _root.Delete(recursive: true);
            }
        }
        catch (IOException)
        {
        }
    }
}
