using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kunpeng.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kunpeng.Host.Tests.HotSwap;

/// <summary>
/// A running host (the real Program: McMaster loader, Autofac, LiteDB registry, the folder watcher)
/// over a plugins folder of its own holding fixture-swap, with the Talent Office administrator
/// bootstrapped. Each test that changes the folder starts its own.
/// </summary>
public sealed class SwapHost : IAsyncDisposable
{
    public const string AdminUserName = "swap-admin";
    public const string AdminPassword = "swap-admin-password";

    private readonly TempDirectory _root;

    private SwapHost(TempDirectory root, KunpengHostFactory factory)
    {
        _root = root;
        Factory = factory;
        Client = factory.CreateClient();
    }

    public KunpengHostFactory Factory { get; }

    public HttpClient Client { get; }

    public string PluginsDirectory => Factory.PluginsDirectory;

    /// <summary>
    /// Starts a host serving <paramref name="initialVersion"/> of fixture-swap (none when null).
    /// <paramref name="quietPeriod"/> null keeps the host's default (750 ms).
    /// </summary>
    public static SwapHost Start(string? initialVersion = SwapPlugins.V1, TimeSpan? quietPeriod = null, bool watchForChanges = true)
    {
        var root = new TempDirectory("swap");
        var plugins = root.Combine("plugins");
        Directory.CreateDirectory(plugins);
        if (initialVersion is not null)
        {
            SwapPlugins.Replace(plugins, initialVersion);
        }

        var settings = new Dictionary<string, string?>
        {
            ["Kunpeng:Plugins:WatchForChanges"] = watchForChanges ? "true" : "false",
            ["Kunpeng:Auth:BootstrapAdmin:UserName"] = AdminUserName,
            ["Kunpeng:Auth:BootstrapAdmin:Password"] = AdminPassword,
            ["Kunpeng:Auth:PasswordHashIterations"] = "10",
        };
        if (quietPeriod is { } quiet)
        {
            settings["Kunpeng:Plugins:QuietPeriod"] = quiet.ToString("c", CultureInfo.InvariantCulture);
        }

        return new SwapHost(root, new KunpengHostFactory(plugins, root.Combine("registry", "kunpeng.db"), settings));
    }

    public T Service<T>() where T : notnull => Factory.Services.GetRequiredService<T>();

    /// <summary>The version GET /api/domains/{id} answers with (null on 404), after checking fixture-swap's answer is wholly one version's.</summary>
    public async Task<string?> ServedVersionAsync(string domainId = SwapPlugins.DomainId)
    {
        using var response = await Client.GetAsync(new Uri($"/api/domains/{domainId}", UriKind.Relative));
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var domain = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (domainId == SwapPlugins.DomainId)
        {
            Assert.Null(SwapEdition.InconsistencyInDomain(domain));
        }

        return domain.GetProperty("pluginVersion").GetString();
    }

    /// <summary>Polls GET /api/domains/{id} until it answers <paramref name="version"/> (null: 404); how long that took.</summary>
    public async Task<TimeSpan> WaitUntilServedAsync(string? version, TimeSpan timeout, string domainId = SwapPlugins.DomainId)
    {
        var waited = Stopwatch.StartNew();
        string? served;
        while ((served = await ServedVersionAsync(domainId)) != version)
        {
            Assert.True(waited.Elapsed < timeout,
                $"{domainId} still answers {served ?? "404"} {timeout.TotalSeconds:0.#} s after the change; expected {version ?? "404"}.");
            await Task.Delay(20);
        }

        return waited.Elapsed;
    }

    /// <summary>The GET /api/plugins entry of one folder, or null when the folder is not listed.</summary>
    public async Task<JsonElement?> PluginEntryAsync(string folder = SwapPlugins.Folder)
    {
        var plugins = await Client.GetFromJsonAsync<JsonElement>("/api/plugins");
        var matches = plugins.EnumerateArray().Where(p => p.GetProperty("folder").GetString() == folder).ToList();
        Assert.True(matches.Count <= 1, $"/api/plugins lists folder '{folder}' {matches.Count} times.");
        return matches.Count == 0 ? null : matches[0];
    }

    /// <summary>Polls GET /api/plugins until the folder's entry satisfies <paramref name="condition"/>.</summary>
    public async Task<JsonElement> WaitForPluginEntryAsync(Func<JsonElement, bool> condition, TimeSpan timeout, string folder = SwapPlugins.Folder)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            if (await PluginEntryAsync(folder) is { } entry && condition(entry))
            {
                return entry;
            }

            Assert.True(waited.Elapsed < timeout, $"/api/plugins never showed the expected state of '{folder}' within {timeout.TotalSeconds:0.#} s.");
            await Task.Delay(20);
        }
    }

    /// <summary>GET /api/plugins/{id}/history.</summary>
    public async Task<JsonElement> HistoryAsync(string id = SwapPlugins.DomainId)
    {
        using var response = await Client.GetAsync(new Uri($"/api/plugins/{id}/history", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The history's events as (event, version, previousVersion), oldest first.</summary>
    public async Task<IReadOnlyList<(string? Event, string? Version, string? Previous)>> EventsAsync(string id = SwapPlugins.DomainId)
    {
        var history = await HistoryAsync(id);
        return history.GetProperty("events").EnumerateArray()
            .Select(e => (e.GetProperty("event").GetString(), e.GetProperty("version").GetString(), e.GetProperty("previousVersion").GetString()))
            .ToList();
    }

    /// <summary>
    /// Polls the history until its events are <paramref name="expected"/>: the ledger records a
    /// change just after the catalog swaps it in, so a client can see the new version a moment
    /// before its event.
    /// </summary>
    public async Task AssertEventsAsync(
        IReadOnlyList<(string? Event, string? Version, string? Previous)> expected, string id = SwapPlugins.DomainId, TimeSpan? timeout = null)
    {
        var waited = Stopwatch.StartNew();
        IReadOnlyList<(string? Event, string? Version, string? Previous)> events;
        while (!(events = await EventsAsync(id)).SequenceEqual(expected) && waited.Elapsed < (timeout ?? TimeSpan.FromSeconds(5)))
        {
            await Task.Delay(20);
        }

        Assert.Equal(expected, events);
    }

    /// <summary>POST /api/domains/{id}/eligibility with <paramref name="json"/>.</summary>
    public Task<HttpResponseMessage> PostEligibilityAsync(string json, string domainId = SwapPlugins.DomainId, HttpClient? client = null) =>
        (client ?? Client).PostAsync(new Uri($"/api/domains/{domainId}/eligibility", UriKind.Relative),
            new StringContent(json, Encoding.UTF8, "application/json"));

    /// <summary>A bearer token for an account (POST /api/auth/token).</summary>
    public async Task<string> TokenAsync(string userName, string password)
    {
        using var response = await Client.PostAsJsonAsync("/api/auth/token", new { userName, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = await response.Content.ReadFromJsonAsync<JsonElement>();
        return token.GetProperty("access_token").GetString()!;
    }

    /// <summary>A client of its own carrying <paramref name="token"/>.</summary>
    public HttpClient ClientWith(string token)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        _root.Dispose();
    }
}
