using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Runtime.Loader;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Kunpeng.Benchmarks.HotSwap;

/// <summary>
/// The host in this process (the real Program, through WebApplicationFactory), swapped back and
/// forth through the Talent Office reload endpoint, with requests served by every version; after
/// forced full collections, the managed heap and the load contexts alive are read.
/// </summary>
internal static class MemoryRun
{
    private const string EligibilityJson =
        """{ "referenceDate": "2025-10-31", "profile": { "birthDate": "1983-05-01", "educationLevel": "master", "professionalTitle": "associate-senior" } }""";

    public static async Task<IReadOnlyList<MemorySnapshot>> RunAsync(int swaps, IReadOnlySet<int> measureAfter)
    {
        var root = Directory.CreateTempSubdirectory("kunpeng-hotswap-memory-").FullName;
        var plugins = Path.Combine(root, "plugins");
        SwapFolders.Populate(plugins, SwapFolders.V1);
        var snapshots = new List<MemorySnapshot>();
        // WebApplicationFactory finds the host's content root from this variable (a console app has no test manifest).
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_KUNPENG_HOST", Path.Combine(SwapFolders.RepoRoot, "host", "Kunpeng.Host"));
        try
        {
            await using var factory = new InProcessHost(plugins, Path.Combine(root, "registry", "kunpeng.db"));
            using var client = factory.CreateClient();
            await SignInAsync(client);
            await ExerciseAsync(client, SwapFolders.V1);
            snapshots.Add(Measure(0));

            var version = SwapFolders.V1;
            for (var swap = 1; swap <= swaps; swap++)
            {
                version = SwapFolders.Other(version);
                SwapFolders.Replace(plugins, version);
                using (var reload = await client.PostAsync(new Uri($"/api/plugins/{SwapFolders.DomainId}/reload", UriKind.Relative), null))
                {
                    reload.EnsureSuccessStatusCode();
                }

                await ExerciseAsync(client, version);
                if (measureAfter.Contains(swap))
                {
                    snapshots.Add(Measure(swap));
                    Console.WriteLine($"  after {swap,2} swap(s): {snapshots[^1]}");
                }
            }
        }
        finally
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
            }
        }

        return snapshots;
    }

    private static async Task SignInAsync(HttpClient client)
    {
        using var response = await client.PostAsJsonAsync("/api/auth/token", new { userName = HostProcess.AdminUserName, password = HostProcess.AdminPassword });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("access_token").GetString());
    }

    /// <summary>Requests that touch the plugin every way the API does, each checked to come from <paramref name="version"/>.</summary>
    private static async Task ExerciseAsync(HttpClient client, string version)
    {
        for (var i = 0; i < 10; i++)
        {
            var domain = await client.GetFromJsonAsync<JsonElement>($"/api/domains/{SwapFolders.DomainId}");
            Expect(version, domain.GetProperty("pluginVersion").GetString());
            using var eligibility = await client.PostAsync(new Uri($"/api/domains/{SwapFolders.DomainId}/eligibility", UriKind.Relative),
                new StringContent(EligibilityJson, Encoding.UTF8, "application/json"));
            eligibility.EnsureSuccessStatusCode();
            Expect(version, (await eligibility.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("pluginVersion").GetString());
        }

        foreach (var url in new[] { $"/api/domains/{SwapFolders.DomainId}/criteria", $"/api/domains/{SwapFolders.DomainId}/measures", "/api/domains", "/api/plugins" })
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            response.EnsureSuccessStatusCode();
        }
    }

    private static void Expect(string expected, string? actual)
    {
        if (expected != actual)
        {
            throw new InvalidOperationException($"Expected fixture-swap {expected} to serve, got {actual}.");
        }
    }

    /// <summary>Full, compacting collections until the number of live load contexts stops changing (unloading takes a few), then the heap.</summary>
    private static MemorySnapshot Measure(int swaps)
    {
        var stable = 0;
        var contexts = -1;
        for (var round = 0; round < 50 && stable < 3; round++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            var now = AssemblyLoadContext.All.Count();
            stable = now == contexts ? stable + 1 : 0;
            contexts = now;
            Thread.Sleep(20);
        }

        var heap = GC.GetTotalMemory(forceFullCollection: true);
        var all = AssemblyLoadContext.All.ToList();
        using var process = Process.GetCurrentProcess();
        return new MemorySnapshot(swaps, heap, all.Count, all.Count(c => c.IsCollectible), process.WorkingSet64, process.PrivateMemorySize64);
    }

    private sealed class InProcessHost(string pluginsDirectory, string databasePath) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Kunpeng:Plugins:Directory"] = pluginsDirectory,
                ["Kunpeng:Plugins:WatchForChanges"] = "false",
                ["Kunpeng:Registry:DatabasePath"] = databasePath,
                ["Kunpeng:Auth:BootstrapAdmin:UserName"] = HostProcess.AdminUserName,
                ["Kunpeng:Auth:BootstrapAdmin:Password"] = HostProcess.AdminPassword,
                ["Kunpeng:Auth:PasswordHashIterations"] = "1000",
                ["Logging:LogLevel:Default"] = "Warning",
            }));
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        }
    }
}

/// <summary>The process after <paramref name="Swaps"/> swaps and forced full collections.</summary>
internal sealed record MemorySnapshot(int Swaps, long ManagedHeapBytes, int LoadContexts, int CollectibleLoadContexts, long WorkingSetBytes, long PrivateBytes)
{
    public override string ToString() =>
        $"managed heap {ManagedHeapBytes / 1024.0 / 1024.0:0.00} MiB, load contexts {LoadContexts} ({CollectibleLoadContexts} collectible), " +
        $"working set {WorkingSetBytes / 1024.0 / 1024.0:0.0} MiB, private {PrivateBytes / 1024.0 / 1024.0:0.0} MiB";
}
