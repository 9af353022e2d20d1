using Kunpeng.Abstractions;
using Kunpeng.Host.Plugins;
using Kunpeng.Host.Tests.Infrastructure;

namespace Kunpeng.Host.Tests.Plugins;

/// <summary>
/// The contract check, read from the plugin assembly's reference to Kunpeng.Abstractions before
/// anything is loaded: same major, minor no newer than the host's (1.1).
/// </summary>
public sealed class ContractVersionTests : IDisposable
{
    private readonly TempDirectory _plugins = new("contract");
    private readonly LoaderHarness _harness = new();

    public void Dispose()
    {
        _harness.Dispose();
        _plugins.Dispose();
    }

    [Theory]
    [InlineData("1.2.0.0", "Built against contract 1.2; this host offers contract 1.1")]
    [InlineData("2.0.0.0", "Built against contract 2.0; this host offers contract 1.1")]
    [InlineData("0.9.0.0", "Built against contract 0.9; this host offers contract 1.1")]
    public void IncompatibleContractIsNotSupportedAndNothingIsLoaded(string referenced, string reason)
    {
        var result = _harness.Loader.Load(Plugin(Version.Parse(referenced)));

        Assert.Null(result.Plugin);
        Assert.Equal(PluginStatus.NotSupported, result.State.Status);
        Assert.Contains(reason, result.State.Reason, StringComparison.Ordinal);
        Assert.Equal(Version.Parse(referenced).ToString(2), result.State.ContractVersion);
        Assert.Empty(_harness.Contexts);
    }

    [Theory]
    [InlineData("1.0.0.0")]
    [InlineData("1.0.7.3")]
    [InlineData("1.1.0.0")]
    public void CompatibleContractPassesTheCheckAndIsLoaded(string referenced)
    {
        // The assembly is empty, so it is loaded and then refused for implementing nothing.
        var result = _harness.Loader.Load(Plugin(Version.Parse(referenced)));

        Assert.Equal(PluginStatus.Malfunctioned, result.State.Status);
        Assert.Equal(Version.Parse(referenced).ToString(2), result.State.ContractVersion);
        Assert.Contains("implements none of the contracts", result.State.Reason, StringComparison.Ordinal);
        Assert.True(Assert.Single(_harness.Contexts).Unloading);
    }

    [Fact]
    public void APluginBuiltAgainstTheOlderMinorContractLoadsAndSharesTheHostsContracts()
    {
        var result = _harness.Loader.Load(Path.Combine(TestPlugins.FixtureDirectory, TestPlugins.OlderMinorContract));
        var plugin = Assert.IsType<LoadedDomainPlugin>(result.Plugin);
        try
        {
            Assert.Equal((PluginStatus.Active, "1.0", "fixture-older-minor"), (result.State.Status, result.State.ContractVersion, result.State.Id));
            // Its reference to Kunpeng.Abstractions 1.0 was bound to the host's 1.1: one IOrganizer type.
            Assert.Contains(typeof(IOrganizer), plugin.Organizer.GetType().GetInterfaces());
            Assert.Equal(new Version(1, 1, 0, 0), typeof(IOrganizer).Assembly.GetName().Version);
            Assert.Equal("旧版契约样例", plugin.Organizer.Domain.NameZh);
            Assert.Equal(["top"], plugin.Organizer.Profile.Tiers.Select(t => t.Id));
        }
        finally
        {
            plugin.Retire();
        }
    }

    private string Plugin(Version contracts)
    {
        var folder = _plugins.Combine($"contract-{contracts}");
        Directory.CreateDirectory(folder);
        ReferenceOnlyAssembly.Write(Path.Combine(folder, "Contract.Probe.dll"), contracts);
        TestPlugins.WriteManifest(folder, "contract-probe", "1.0.0", "Contract.Probe.dll");
        return folder;
    }
}
