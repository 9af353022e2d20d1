using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace Kunpeng.Benchmarks.HotSwap;

/// <summary>
/// The real host as deployed: <c>dotnet Kunpeng.Host.dll</c> in a process of its own, Kestrel on a
/// loopback port, a plugins folder and registry of its own. Killed on dispose.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    public const string AdminUserName = "bench-admin";
    public const string AdminPassword = "bench-admin-password";

    private readonly Process _process;
    private readonly string _root;

    private HostProcess(Process process, string root, Uri address)
    {
        _process = process;
        _root = root;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public HttpClient Client { get; }

    public string PluginsDirectory => Path.Combine(_root, "plugins");

    public static async Task<HostProcess> StartAsync(bool watchForChanges, string initialVersion)
    {
        var root = Directory.CreateTempSubdirectory("kunpeng-hotswap-bench-").FullName;
        var plugins = Path.Combine(root, "plugins");
        SwapFolders.Populate(plugins, initialVersion);
        var port = FreeLoopbackPort();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(SwapFolders.HostOutput, "Kunpeng.Host.dll"), "--urls", $"http://127.0.0.1:{port}" },
            WorkingDirectory = SwapFolders.HostOutput,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Kunpeng__Plugins__Directory"] = plugins;
        start.Environment["Kunpeng__Plugins__WatchForChanges"] = watchForChanges ? "true" : "false";
        start.Environment["Kunpeng__Registry__DatabasePath"] = Path.Combine(root, "registry", "kunpeng.db");
        start.Environment["Kunpeng__Auth__BootstrapAdmin__UserName"] = AdminUserName;
        start.Environment["Kunpeng__Auth__BootstrapAdmin__Password"] = AdminPassword;
        start.Environment["Kunpeng__Auth__PasswordHashIterations"] = "1000";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine($"[host] {e.Data}");
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var host = new HostProcess(process, root, new Uri($"http://127.0.0.1:{port}"));
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var health = await host.Client.GetAsync(new Uri("/health", UriKind.Relative));
                if (health.StatusCode == HttpStatusCode.OK)
                {
                    return host;
                }
            }
            catch (HttpRequestException)
            {
            }

            if (process.HasExited || waited.Elapsed > TimeSpan.FromSeconds(60))
            {
                await host.DisposeAsync();
                throw new InvalidOperationException("The host did not become healthy within 60 s.");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>The version GET /api/domains/fixture-swap answers with.</summary>
    public async Task<string?> ServedVersionAsync()
    {
        var domain = await Client.GetFromJsonAsync<JsonElement>($"/api/domains/{SwapFolders.DomainId}");
        return domain.GetProperty("pluginVersion").GetString();
    }

    /// <summary>Signs in the Talent Office administrator; later requests carry the token.</summary>
    public async Task SignInAsync()
    {
        using var response = await Client.PostAsJsonAsync("/api/auth/token", new { userName = AdminUserName, password = AdminPassword });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<JsonElement>();
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("access_token").GetString());
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
