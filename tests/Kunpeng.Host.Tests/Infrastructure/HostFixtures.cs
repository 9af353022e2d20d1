using System.Net.Http.Json;
using System.Text.Json;

namespace Kunpeng.Host.Tests.Infrastructure;

/// <summary>One started host over a plugins directory built for it; shared by the tests of a class.</summary>
public abstract class HostFixture : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _root;
    private bool _disposed;

    protected HostFixture(string purpose)
    {
        _root = new TempDirectory(purpose);
        PluginsDirectory = _root.Combine("plugins");
        Directory.CreateDirectory(PluginsDirectory);
        Factory = new KunpengHostFactory(PluginsDirectory, _root.Combine("registry", "kunpeng.db"));
    }

    public string PluginsDirectory { get; }

    public KunpengHostFactory Factory { get; }

    public HttpClient Client { get; private set; } = null!;

    protected abstract void Populate(string pluginsDirectory);

    public Task InitializeAsync()
    {
        Populate(PluginsDirectory);
        Client = Factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        Client?.Dispose();
        await Factory.DisposeAsync();
        _root.Dispose();
    }

    public void Dispose() => DisposeAsync().GetAwaiter().GetResult();

    /// <summary>GET /api/plugins, as the JSON the API sends.</summary>
    public async Task<IReadOnlyList<JsonElement>> GetPluginsAsync()
    {
        var plugins = await Client.GetFromJsonAsync<JsonElement>("/api/plugins");
        return plugins.EnumerateArray().ToList();
    }

    /// <summary>The /api/plugins entry of one plugin folder.</summary>
    public async Task<JsonElement> GetPluginAsync(string folder)
    {
        var plugins = await GetPluginsAsync();
        var matches = plugins.Where(p => p.GetProperty("folder").GetString() == folder).ToList();
        Assert.True(matches.Count == 1, $"Expected one /api/plugins entry for folder '{folder}', found {matches.Count}.");
        return matches[0];
    }
}

/// <summary>A host serving only the ten real domain plugins.</summary>
public sealed class RealPluginsHost() : HostFixture("real")
{
    protected override void Populate(string pluginsDirectory) => TestPlugins.CopyRealPlugins(pluginsDirectory);
}

/// <summary>
/// A host over the ten real plugins plus every kind of broken plugin folder at once, and the good
/// fixtures (healthy, Autofac module, two versions claiming one id).
/// </summary>
public sealed class MixedPluginsHost() : HostFixture("mixed")
{
    public const string EmptyFolder = "broken-empty";
    public const string InvalidManifestFolder = "broken-invalid-manifest";
    public const string GarbageAssemblyFolder = "broken-garbage-assembly";
    public const string OwnContractsFolder = "broken-own-contracts";

    protected override void Populate(string pluginsDirectory)
    {
        TestPlugins.CopyRealPlugins(pluginsDirectory);
        foreach (var fixture in new[]
                 {
                     TestPlugins.Healthy, TestPlugins.ThrowingConstructor, TestPlugins.ContractV2, TestPlugins.NoContracts,
                     TestPlugins.AutofacModule, TestPlugins.Duplicate10, TestPlugins.Duplicate11,
                 })
        {
            TestPlugins.CopyFixture(fixture, pluginsDirectory);
        }

        TestPlugins.CopyMissingDependencyFixture(pluginsDirectory);
        BrokenFolders.CreateEmpty(Path.Combine(pluginsDirectory, EmptyFolder));
        BrokenFolders.CreateInvalidManifest(Path.Combine(pluginsDirectory, InvalidManifestFolder));
        BrokenFolders.CreateGarbageAssembly(Path.Combine(pluginsDirectory, GarbageAssemblyFolder));
        BrokenFolders.CreateOwnContractsCopy(Path.Combine(pluginsDirectory, OwnContractsFolder));
    }
}

/// <summary>Plugin folders broken in ways no build produces, made at runtime.</summary>
public static class BrokenFolders
{
    public static void CreateEmpty(string folder) => Directory.CreateDirectory(folder);

    public static void CreateInvalidManifest(string folder)
    {
        TestPlugins.CopyFixture(TestPlugins.Healthy, Path.GetDirectoryName(folder)!, Path.GetFileName(folder));
        File.WriteAllText(Path.Combine(folder, "plugin.json"), "{ \"id\": \"fixture-healthy\", \"version\": ");
    }

    public static void CreateGarbageAssembly(string folder)
    {
        Directory.CreateDirectory(folder);
        var garbage = new byte[4096];
        new Random(20241124).NextBytes(garbage);
        File.WriteAllBytes(Path.Combine(folder, "Garbage.dll"), garbage);
        TestPlugins.WriteManifest(folder, "fixture-garbage", "1.0.0", "Garbage.dll");
    }

    /// <summary>A healthy plugin whose folder also carries a copy of the contracts assembly.</summary>
    public static void CreateOwnContractsCopy(string folder)
    {
        TestPlugins.CopyFixture(TestPlugins.Healthy, Path.GetDirectoryName(folder)!, Path.GetFileName(folder));
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Kunpeng.Abstractions.dll"), Path.Combine(folder, "Kunpeng.Abstractions.dll"));
        TestPlugins.WriteManifest(folder, "fixture-own-contracts", "1.0.0", TestPlugins.Healthy + ".dll");
    }
}
