using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Kunpeng.Workflow.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace Kunpeng.Workflow.Tests.Durability;

/// <summary>
/// The real host process on a loopback port: a batch of writes, SIGKILL right after the last 2xx,
/// a new process on the same file, and every acknowledged write is there. LiteDB 5.0.20's Commit
/// returns before its pages reach the file; the registry's write unit checkpoints before answering.
/// </summary>
public sealed class KillNineTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "kunpeng-wfa-kill-" + Guid.NewGuid().ToString("N"));
    private Process? _host;

    [Fact]
    public async Task Every_acknowledged_write_survives_kill_9()
    {
        Directory.CreateDirectory(_directory);
        var port = FreePort();
        var baseUri = new Uri($"http://127.0.0.1:{port}");
        _host = Start(port);
        using var client = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(30) };
        await WaitHealthyAsync(client);
        await LoginAsync(client);

        // Acknowledged writes: a cycle with a deadline far ahead (the real clock runs here), persons, nominations.
        var cycle = await client.PostAsJsonAsync("/api/cycles", new { domainId = "education", year = 2016, nominationDeadline = "2035-12-31" });
        Assert.Equal(HttpStatusCode.Created, cycle.StatusCode);
        var persons = new List<string>();
        var nominations = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            var person = await client.PostAsJsonAsync("/api/persons",
                new { residentId = ResidentIds.Make(new DateOnly(1970 + i % 20, 1 + i % 12, 1 + i % 28), 100 + i), name = $"持久{i}", unit = "测试单位" });
            Assert.Equal(HttpStatusCode.Created, person.StatusCode);
            var personId = (await person.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
            persons.Add(personId);
            if (i % 4 == 0)
            {
                var nomination = await client.PostAsJsonAsync("/api/nominations", new { cycleId = "education-2016", personId, tier = "backbone" });
                Assert.Equal(HttpStatusCode.Created, nomination.StatusCode);
                nominations.Add((await nomination.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>());
            }
        }

        // SIGKILL the instant the last write was acknowledged: no shutdown, no final checkpoint.
        _host.Kill();
        await _host.WaitForExitAsync();
        output.WriteLine($"Killed after {persons.Count} persons and {nominations.Count} nominations.");

        _host = Start(port);
        await WaitHealthyAsync(client);
        await LoginAsync(client);
        foreach (var id in persons)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/persons/{id}")).StatusCode);
        }

        foreach (var id in nominations)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/nominations/{id}")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/cycles/education-2016")).StatusCode);
        var list = await client.GetFromJsonAsync<JsonObject>("/api/persons?pageSize=200");
        Assert.Equal(persons.Count, list!["total"]!.GetValue<int>());
    }

    private Process Start(int port)
    {
        var bin = AppContext.BaseDirectory;
        var info = new ProcessStartInfo("dotnet", [Path.Combine(bin, "Kunpeng.Host.dll"), "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = bin,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["Kunpeng__Registry__DatabasePath"] = Path.Combine(_directory, "registry.db");
        info.Environment["Kunpeng__Plugins__Directory"] = Path.Combine(bin, "plugins");
        info.Environment["Kunpeng__Auth__BootstrapAdmin__UserName"] = "admin";
        info.Environment["Kunpeng__Auth__BootstrapAdmin__Password"] = "admin-password-1";
        info.Environment["Kunpeng__Auth__PasswordHashIterations"] = "1";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, e) => { };
        process.ErrorDataReceived += (_, e) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task WaitHealthyAsync(HttpClient client)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(_host!.HasExited, $"The host exited with {(_host.HasExited ? _host.ExitCode : 0)}.");
            try
            {
                if ((await client.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        Assert.Fail("The host did not become healthy within 60 s.");
    }

    private static async Task LoginAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = "admin-password-1" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["access_token"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (_host is { HasExited: false })
        {
            _host.Kill();
            _host.WaitForExit();
        }

        _host?.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
