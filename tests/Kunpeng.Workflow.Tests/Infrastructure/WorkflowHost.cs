using Kunpeng.Host.Workflow;
using Kunpeng.Host.Workflow.Audit;
using Xunit;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kunpeng.Host.Workflow.Cycles;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Kunpeng.Workflow.Tests.Infrastructure;

/// <summary>
/// The real host in memory (WebApplicationFactory) over a registry file in a temp folder, the ten
/// real plugins from the test's bin, a bootstrap Talent Office administrator, cheap password hashes,
/// and a workflow clock the test moves. <see cref="Restart"/> disposes the host and opens the same file again.
/// </summary>
public sealed class WorkflowHost : IDisposable
{
    public const string AdminUser = "admin";
    public const string AdminPassword = "admin-password-1";

    private readonly Dictionary<string, string?> _extraSettings;
    private WebApplicationFactory<Program> _factory;

    public WorkflowHost(FakeTimeProvider? clock = null, Dictionary<string, string?>? settings = null, string? databasePath = null)
    {
        Directory = Path.Combine(Path.GetTempPath(), "kunpeng-wfa-" + Guid.NewGuid().ToString("N"));
        DatabasePath = databasePath ?? Path.Combine(Directory, "registry.db");
        Clock = clock ?? new FakeTimeProvider(DistrictTime.Noon(2015, 6, 1));
        _extraSettings = settings ?? [];
        _factory = Create();
    }

    public string Directory { get; }
    public string DatabasePath { get; }
    public FakeTimeProvider Clock { get; }

    public IServiceProvider Services => _factory.Services;

    public HttpClient Anonymous() => _factory.CreateClient();

    /// <summary>Stops the host (the registry is disposed, its lock released) and starts a new one on the same file.</summary>
    public void Restart()
    {
        _factory.Dispose();
        WaitUntilTheRegistryIsReleased();
        _factory = Create();
    }

    // Program's own app.Run() thread and the factory both dispose the host; whichever comes second returns
    // at once while the first is still disposing, so the registry's lock can outlive Dispose() by a moment.
    private void WaitUntilTheRegistryIsReleased()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                using var probe = new FileStream(DatabasePath + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return;
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(20);
            }
        }
    }

    public async Task<HttpClient> LoginAsync(string userName, string password)
    {
        var client = _factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["access_token"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public Task<HttpClient> AdminAsync() => LoginAsync(AdminUser, AdminPassword);

    /// <summary>Creates an account with the admin and logs it in; returns the client and the account id.</summary>
    public async Task<(HttpClient Client, string AccountId)> AccountAsync(string role, string? domainId = null, string? unit = null, string? userName = null)
    {
        using var admin = await AdminAsync();
        userName ??= $"{role}-{Guid.NewGuid():N}"[..30];
        var response = await admin.PostAsJsonAsync("/api/accounts", new { userName, password = "password-123", displayName = userName, role, domainId, unit });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        return (await LoginAsync(userName, "password-123"), id);
    }

    private WebApplicationFactory<Program> Create() => new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
    {
        builder.UseSetting("Kunpeng:Registry:DatabasePath", DatabasePath);
        builder.UseSetting("Kunpeng:Plugins:Directory", Path.Combine(AppContext.BaseDirectory, "plugins"));
        // The tests assert the English problem texts; Chinese (the default) is tested by asking for it.
        builder.UseSetting("Kunpeng:Localization:DefaultCulture", "en");
        builder.UseSetting("Kunpeng:Plugins:WatchForChanges", "false");
        builder.UseSetting("Kunpeng:Auth:BootstrapAdmin:UserName", AdminUser);
        builder.UseSetting("Kunpeng:Auth:BootstrapAdmin:Password", AdminPassword);
        builder.UseSetting("Kunpeng:Auth:PasswordHashIterations", "1");
        foreach (var (key, value) in _extraSettings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
            services.AddSingleton(sp => new ProgrammeClock(Clock, sp.GetRequiredService<IOptions<WorkflowOptions>>())));
    });

    public void Dispose()
    {
        _factory.Dispose();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>JSON over HTTP with ETags, for the API tests.</summary>
public static class HttpJson
{
    public static async Task<JsonObject> JsonAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return body.Length == 0 ? [] : JsonNode.Parse(body) as JsonObject ?? new JsonObject { ["items"] = JsonNode.Parse(body) };
    }

    public static async Task<JsonObject> OkAsync(this Task<HttpResponseMessage> response) => await (await response).JsonAsync(HttpStatusCode.OK);

    public static async Task<JsonObject> CreatedAsync(this Task<HttpResponseMessage> response) => await (await response).JsonAsync(HttpStatusCode.Created);

    public static async Task<JsonObject> StatusAsync(this Task<HttpResponseMessage> response, HttpStatusCode expected) => await (await response).JsonAsync(expected);

    /// <summary>Sends JSON with an If-Match of the given version (none when null).</summary>
    public static Task<HttpResponseMessage> SendAsync(this HttpClient client, HttpMethod method, string url, object? body = null, int? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: new JsonSerializerOptions(JsonSerializerDefaults.Web));
        }

        if (ifMatch is { } v)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{v}\""));
        }

        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PostAsync(this HttpClient client, string url, object? body, int? ifMatch) => client.SendAsync(HttpMethod.Post, url, body, ifMatch);

    public static Task<HttpResponseMessage> PutAsync(this HttpClient client, string url, object? body, int? ifMatch) => client.SendAsync(HttpMethod.Put, url, body, ifMatch);

    public static int Version(this JsonObject json) => json["version"]!.GetValue<int>();

    public static string Str(this JsonObject json, string name) => json[name]!.GetValue<string>();

    /// <summary>A small valid PDF-looking upload.</summary>
    public static MultipartFormDataContent Pdf(string kind, string fileName = "proof.pdf")
    {
        var bytes = "%PDF-1.4\n% test document\n"u8.ToArray();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return new MultipartFormDataContent { { new StringContent(kind), "kind" }, { file, "file", fileName } };
    }
}
