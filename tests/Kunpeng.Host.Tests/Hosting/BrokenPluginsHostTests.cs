using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kunpeng.Host.Tests.Infrastructure;

namespace Kunpeng.Host.Tests.Hosting;

/// <summary>
/// One real host over the ten real plugins and every broken plugin folder at once: each broken
/// one is listed with its status and an actionable reason, and the real domains keep serving.
/// </summary>
public sealed class BrokenPluginsHostTests(MixedPluginsHost host) : IClassFixture<MixedPluginsHost>
{
    [Fact]
    public async Task TheTenRealDomainsStayActive()
    {
        var plugins = await host.GetPluginsAsync();

        var realActive = plugins
            .Where(p => p.GetProperty("folder").GetString()!.StartsWith("Kunpeng.Plugins.", StringComparison.Ordinal))
            .Where(p => p.GetProperty("status").GetString() == "active")
            .Select(p => p.GetProperty("id").GetString()!)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(TestPlugins.RealDomainIds, realActive);

        var domains = await host.Client.GetFromJsonAsync<JsonElement>("/api/domains");
        var served = domains.EnumerateArray().Select(d => d.GetProperty("id").GetString()!).ToHashSet();
        Assert.Superset(TestPlugins.RealDomainIds.ToHashSet(), served);
    }

    [Fact]
    public async Task EducationIsStillServed()
    {
        var education = await host.Client.GetFromJsonAsync<JsonElement>("/api/domains/education");

        Assert.Equal("education", education.GetProperty("id").GetString());
        Assert.Contains(education.GetProperty("bodies").EnumerateArray(), b => b.GetProperty("nameZh").GetString() == "区教育局");
    }

    [Fact]
    public async Task OnlyTheGoodFixturesAreServedBesideTheRealDomains()
    {
        var domains = await host.Client.GetFromJsonAsync<JsonElement>("/api/domains");
        var served = domains.EnumerateArray().Select(d => d.GetProperty("id").GetString()!).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(
            TestPlugins.RealDomainIds.Concat(["fixture-duplicate", "fixture-healthy", "fixture-module"]).Order(StringComparer.Ordinal),
            served);
    }

    [Fact]
    public async Task EveryFolderIsListedAndOnlyRefusedOnesGiveAReason()
    {
        var plugins = await host.GetPluginsAsync();

        var folders = plugins.Select(p => p.GetProperty("folder").GetString()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Directory.GetDirectories(host.PluginsDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal), folders);
        foreach (var plugin in plugins)
        {
            var active = plugin.GetProperty("status").GetString() == "active";
            var reason = plugin.GetProperty("reason");
            Assert.True(active == (reason.ValueKind == JsonValueKind.Null),
                $"{plugin.GetProperty("folder")}: status {plugin.GetProperty("status")} with reason {reason}");
        }
    }

    [Fact]
    public async Task HealthyFixtureIsActiveAndServed()
    {
        var plugin = await host.GetPluginAsync(TestPlugins.Healthy);
        Assert.Equal("active", plugin.GetProperty("status").GetString());
        Assert.Equal("1.2.3", plugin.GetProperty("version").GetString());
        Assert.Equal("1.1", plugin.GetProperty("contractVersion").GetString());

        var domain = await host.Client.GetFromJsonAsync<JsonElement>("/api/domains/fixture-healthy");
        Assert.Equal("Healthy fixture", domain.GetProperty("nameEn").GetString());
    }

    [Fact]
    public async Task ThrowingConstructorIsMalfunctionedWithTheExceptionMessage()
    {
        var plugin = await host.GetPluginAsync(TestPlugins.ThrowingConstructor);

        AssertRefused(plugin, "malfunctioned", "IOrganizer", "InvalidOperationException",
            "fixture-throwing cannot start: its bureau table is missing");
        await AssertNotServed("fixture-throwing");
    }

    [Fact]
    public async Task MissingDependencyIsMalfunctionedNamingTheMissingAssembly()
    {
        var plugin = await host.GetPluginAsync(TestPlugins.MissingDependency);

        AssertRefused(plugin, "malfunctioned", "dependency missing from the folder", TestPlugins.MissingDependencyLibrary);
        await AssertNotServed("fixture-missing-dependency");
    }

    [Fact]
    public async Task PluginBuiltAgainstContract2IsNotSupported()
    {
        var plugin = await host.GetPluginAsync(TestPlugins.ContractV2);

        AssertRefused(plugin, "not-supported", "contract 2.0", "contract 1.1", "rebuild it against Kunpeng.Abstractions 1.1");
        // The contract it was built against is known (it is why it was refused), so it is listed.
        Assert.Equal("2.0", plugin.GetProperty("contractVersion").GetString());
        await AssertNotServed("fixture-contract-v2");
    }

    [Fact]
    public async Task PluginImplementingNoContractIsMalfunctioned()
    {
        var plugin = await host.GetPluginAsync(TestPlugins.NoContracts);

        AssertRefused(plugin, "malfunctioned", "implements none of the contracts", "IOrganizer");
        Assert.Equal("1.1", plugin.GetProperty("contractVersion").GetString());
        await AssertNotServed("fixture-no-contracts");
    }

    [Fact]
    public async Task AutofacModulePluginIsServedFromItsOwnRegistrations()
    {
        var plugin = await host.GetPluginAsync(TestPlugins.AutofacModule);
        Assert.Equal("active", plugin.GetProperty("status").GetString());

        // The tiers come from a service only the plugin's module registers.
        var domain = await host.Client.GetFromJsonAsync<JsonElement>("/api/domains/fixture-module");
        var tiers = domain.GetProperty("tiers").EnumerateArray().ToList();
        Assert.Equal([4, 40], tiers.Select(t => t.GetProperty("quotaTarget").GetInt32()));
        Assert.Equal([8000m, 4000m], tiers.Select(t => t.GetProperty("grantCny").GetDecimal()));
    }

    [Fact]
    public async Task HigherVersionServesAndTheOtherIsConflictedNamingTheWinner()
    {
        var winner = await host.GetPluginAsync(TestPlugins.Duplicate11);
        var loser = await host.GetPluginAsync(TestPlugins.Duplicate10);

        Assert.Equal("active", winner.GetProperty("status").GetString());
        AssertRefused(loser, "conflicted", "fixture-duplicate", $"'{TestPlugins.Duplicate11}'", "1.1.0");
        var domain = await host.Client.GetFromJsonAsync<JsonElement>("/api/domains/fixture-duplicate");
        Assert.Equal("1.1.0", domain.GetProperty("pluginVersion").GetString());
    }

    [Fact]
    public async Task EmptyFolderIsMalfunctioned()
    {
        var plugin = await host.GetPluginAsync(MixedPluginsHost.EmptyFolder);

        AssertRefused(plugin, "malfunctioned", "No plugin.json", "the folder is empty");
        Assert.Equal(JsonValueKind.Null, plugin.GetProperty("id").ValueKind);
    }

    [Fact]
    public async Task InvalidManifestIsMalfunctioned()
    {
        var plugin = await host.GetPluginAsync(MixedPluginsHost.InvalidManifestFolder);

        AssertRefused(plugin, "malfunctioned", "plugin.json cannot be read");
    }

    [Fact]
    public async Task GarbageAssemblyIsMalfunctioned()
    {
        var plugin = await host.GetPluginAsync(MixedPluginsHost.GarbageAssemblyFolder);

        AssertRefused(plugin, "malfunctioned", "'Garbage.dll'", ".NET assembly");
        await AssertNotServed("fixture-garbage");
    }

    [Fact]
    public async Task FolderCarryingItsOwnContractsIsMalfunctioned()
    {
        var plugin = await host.GetPluginAsync(MixedPluginsHost.OwnContractsFolder);

        AssertRefused(plugin, "malfunctioned", "carries its own Kunpeng.Abstractions.dll", "Private=false");
        await AssertNotServed("fixture-own-contracts");
    }

    [Fact]
    public async Task HealthIsUpButDegradedWhilePluginsAreSetAside()
    {
        var response = await host.Client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var health = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Degraded", health.GetProperty("status").GetString());
        Assert.Equal("Healthy", health.GetProperty("checks").GetProperty("registry").GetProperty("status").GetString());
        var plugins = health.GetProperty("checks").GetProperty("plugins");
        Assert.Equal("Degraded", plugins.GetProperty("status").GetString());
        // 10 real + healthy + module + duplicate 1.1.0 serve; the other nine folders are set aside.
        Assert.Equal("13 plugin(s) active, 9 set aside.", plugins.GetProperty("description").GetString());
    }

    private static void AssertRefused(JsonElement plugin, string status, params string[] reasonMentions)
    {
        var folder = plugin.GetProperty("folder").GetString();
        Assert.True(status == plugin.GetProperty("status").GetString(), $"{folder}: expected {status}, got {plugin}");
        var reason = plugin.GetProperty("reason").GetString();
        Assert.False(string.IsNullOrWhiteSpace(reason), $"{folder} is refused without a reason");
        Assert.True(reason == reason.Trim(), $"{folder}: reason has leading or trailing white space: \"{reason}\"");
        foreach (var mention in reasonMentions)
        {
            Assert.True(reason.Contains(mention, StringComparison.Ordinal), $"{folder}: reason should mention \"{mention}\": {reason}");
        }
    }

    private async Task AssertNotServed(string domainId)
    {
        var response = await host.Client.GetAsync(new Uri($"/api/domains/{domainId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
