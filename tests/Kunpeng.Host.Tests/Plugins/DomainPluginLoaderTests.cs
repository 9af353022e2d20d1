using System.Runtime.Loader;
using Kunpeng.Abstractions;
using Kunpeng.Host.Plugins;
using Kunpeng.Host.Tests.Infrastructure;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace Kunpeng.Host.Tests.Plugins;

/// <summary>
/// <see cref="DomainPluginLoader"/> on one folder at a time, with the real McMaster loader and a
/// real Autofac container.
/// </summary>
public sealed class DomainPluginLoaderTests : IDisposable
{
    private readonly TempDirectory _plugins = new("loader");
    private readonly LoaderHarness _harness = new();

    public void Dispose()
    {
        _harness.Dispose();
        _plugins.Dispose();
    }

    [Fact]
    public void HealthyPluginLoadsIntoItsOwnCollectibleContextSharingTheContracts()
    {
        var clock = Substitute.For<TimeProvider>();
        var at = new DateTimeOffset(2024, 11, 1, 9, 0, 0, TimeSpan.Zero);
        clock.GetUtcNow().Returns(at);
        using var harness = new LoaderHarness(clock);

        var result = harness.Loader.Load(Path.Combine(TestPlugins.FixtureDirectory, TestPlugins.Healthy));
        var plugin = Assert.IsType<LoadedDomainPlugin>(result.Plugin);
        try
        {
            Assert.Equal(PluginStatus.Active, result.State.Status);
            Assert.Null(result.State.Reason);
            Assert.Equal(TestPlugins.Healthy, result.State.Folder);
            Assert.Equal(("fixture-healthy", "1.2.3", "1.1"), (result.State.Id, result.State.Version, result.State.ContractVersion));
            Assert.Equal(("健康样例", "Healthy fixture"), (result.State.NameZh, result.State.NameEn));
            Assert.Equal(at, result.State.AttemptedAt);
            Assert.Equal(at, plugin.LoadedAt);

            var context = AssemblyLoadContext.GetLoadContext(plugin.Organizer.GetType().Assembly)!;
            Assert.NotSame(AssemblyLoadContext.Default, context);
            Assert.True(context.IsCollectible);
            // The contracts are the host's: the organizer's IOrganizer is this process's IOrganizer.
            Assert.Contains(typeof(IOrganizer), plugin.Organizer.GetType().GetInterfaces());
            Assert.DoesNotContain(context.Assemblies, a => a.GetName().Name == typeof(IOrganizer).Assembly.GetName().Name);
            Assert.Null(plugin.Criteria);
            Assert.Null(plugin.Measures);
        }
        finally
        {
            plugin.Retire();
        }
    }

    [Fact]
    public void AutofacModulePluginRegistersItsOwnServices()
    {
        var result = _harness.Loader.Load(Path.Combine(TestPlugins.FixtureDirectory, TestPlugins.AutofacModule));
        var plugin = Assert.IsType<LoadedDomainPlugin>(result.Plugin);
        try
        {
            Assert.Equal(PluginStatus.Active, result.State.Status);
            Assert.False(plugin.Organizer.GetType().IsPublic, "the module fixture's organizer is internal, only its module can register it");
            Assert.Equal([4, 40], plugin.Organizer.Profile.Tiers.Select(t => t.Quota!.Target));
            // Autofac is shared: the plugin's Module is the host's Module, not a copy from the folder.
            var context = AssemblyLoadContext.GetLoadContext(plugin.Organizer.GetType().Assembly)!;
            Assert.DoesNotContain(context.Assemblies, a => a.GetName().Name == "Autofac");
        }
        finally
        {
            plugin.Retire();
        }
    }

    [Fact]
    public void ThrowingConstructorIsMalfunctionedAndItsContextUnloaded()
    {
        var result = _harness.Loader.Load(Path.Combine(TestPlugins.FixtureDirectory, TestPlugins.ThrowingConstructor));

        AssertRefused(result, PluginStatus.Malfunctioned,
            "Creating its IOrganizer failed", "InvalidOperationException: fixture-throwing cannot start: its bureau table is missing");
        Assert.Equal("1.1", result.State.ContractVersion);
        Assert.True(_harness.ContextOf(TestPlugins.ThrowingConstructor + ".dll").Unloading, "a refused plugin's load context must be unloaded");
    }

    [Fact]
    public void MissingDependencyIsMalfunctionedNamingTheAssemblyAndItsContextUnloaded()
    {
        var folder = TestPlugins.CopyMissingDependencyFixture(_plugins.Path);

        var result = _harness.Loader.Load(folder);

        AssertRefused(result, PluginStatus.Malfunctioned,
            "dependency missing from the folder", $"Could not load file or assembly '{TestPlugins.MissingDependencyLibrary}");
        Assert.True(_harness.ContextOf(TestPlugins.MissingDependency + ".dll").Unloading);
    }

    [Fact]
    public void MissingDependencyFixtureLoadsWhenItsDependencyIsThere()
    {
        // The control for the test above: the fixture is only broken by the deleted file.
        var result = _harness.Loader.Load(Path.Combine(TestPlugins.FixtureDirectory, TestPlugins.MissingDependency));
        var plugin = Assert.IsType<LoadedDomainPlugin>(result.Plugin);
        try
        {
            Assert.Equal("依赖局", plugin.Organizer.Profile.Bodies[0].NameZh);
        }
        finally
        {
            plugin.Retire();
        }
    }

    [Fact]
    public void Contract2PluginIsNotSupportedBeforeAnythingIsLoaded()
    {
        var result = _harness.Loader.Load(Path.Combine(TestPlugins.FixtureDirectory, TestPlugins.ContractV2));

        AssertRefused(result, PluginStatus.NotSupported,
            "Built against contract 2.0; this host offers contract 1.1", "rebuild it against Kunpeng.Abstractions 1.1");
        Assert.Equal("fixture-contract-v2", result.State.Id);
        Assert.Empty(_harness.Contexts);
    }

    [Fact]
    public void PluginImplementingNoContractIsMalfunctioned()
    {
        var result = _harness.Loader.Load(Path.Combine(TestPlugins.FixtureDirectory, TestPlugins.NoContracts));

        AssertRefused(result, PluginStatus.Malfunctioned, "implements none of the contracts (IOrganizer, IDomainCriteria, IMeasureCatalog)");
        Assert.True(_harness.ContextOf(TestPlugins.NoContracts + ".dll").Unloading);
    }

    [Fact]
    public void AssemblyNotReferencingTheContractsIsMalfunctioned()
    {
        // The fixture library references nothing of Kunpeng; give it a manifest as if it were a plugin.
        var folder = _plugins.Combine("library-as-plugin");
        Directory.CreateDirectory(folder);
        var library = TestPlugins.MissingDependencyLibrary + ".dll";
        File.Copy(Path.Combine(TestPlugins.FixtureDirectory, TestPlugins.MissingDependency, library), Path.Combine(folder, library));
        TestPlugins.WriteManifest(folder, "library", "1.0.0", library);

        var result = _harness.Loader.Load(folder);

        AssertRefused(result, PluginStatus.Malfunctioned, "does not reference Kunpeng.Abstractions");
        Assert.Empty(_harness.Contexts);
    }

    [Fact]
    public void ManifestIdDifferentFromTheOrganizersIsMalfunctioned()
    {
        var folder = TestPlugins.CopyFixture(TestPlugins.Healthy, _plugins.Path);
        TestPlugins.WriteManifest(folder, "someone-else", "1.2.3", TestPlugins.Healthy + ".dll");

        var result = _harness.Loader.Load(folder);

        AssertRefused(result, PluginStatus.Malfunctioned, "serves domain 'fixture-healthy' but the manifest says 'someone-else'");
        Assert.True(_harness.ContextOf(TestPlugins.Healthy + ".dll").Unloading);
    }

    [Theory]
    [InlineData("{\"id\": \"x\", \"version\": \"1.0.0\", \"assembly\": \"Absent.dll\"}", "names assembly 'Absent.dll', which is not in the folder")]
    [InlineData("{\"id\": \"x\", \"version\": \"one\", \"assembly\": \"Absent.dll\"}", "version 'one' is not a version number")]
    [InlineData("{\"id\": \"x\", \"version\": \"1.0.0\", \"assembly\": \"../Absent.dll\"}", "must be a file name in the plugin folder")]
    [InlineData("{\"id\": \"\", \"version\": \"1.0.0\", \"assembly\": \"Absent.dll\"}", "must give non-empty 'id', 'version' and 'assembly'")]
    [InlineData("[1, 2", "plugin.json cannot be read")]
    public void BadManifestIsMalfunctionedWithTheReason(string manifest, string reason)
    {
        var folder = _plugins.Combine("bad-manifest");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "plugin.json"), manifest);

        var result = _harness.Loader.Load(folder);

        AssertRefused(result, PluginStatus.Malfunctioned, reason);
        Assert.Empty(_harness.Contexts);
    }

    [Fact]
    public void AssemblyLoaderFailureIsMalfunctionedWithItsMessage()
    {
        var assemblies = Substitute.For<IPluginAssemblyLoader>();
        assemblies.Load(Arg.Any<string>()).Throws(new FileLoadException("the disk said no"));
        using var container = new Autofac.ContainerBuilder().Build();
        var loader = new DomainPluginLoader(assemblies, container, TimeProvider.System);

        var result = loader.Load(Path.Combine(TestPlugins.FixtureDirectory, TestPlugins.Healthy));

        AssertRefused(result, PluginStatus.Malfunctioned, "The assembly cannot be loaded: FileLoadException: the disk said no");
        assemblies.Received(1).Load(Path.Combine(TestPlugins.FixtureDirectory, TestPlugins.Healthy, TestPlugins.Healthy + ".dll"));
    }

    private static void AssertRefused(PluginLoadResult result, PluginStatus status, params string[] reasonMentions)
    {
        Assert.Null(result.Plugin);
        Assert.Equal(status, result.State.Status);
        Assert.NotNull(result.State.Reason);
        foreach (var mention in reasonMentions)
        {
            Assert.True(result.State.Reason.Contains(mention, StringComparison.Ordinal), $"reason should mention \"{mention}\": {result.State.Reason}");
        }
    }
}
