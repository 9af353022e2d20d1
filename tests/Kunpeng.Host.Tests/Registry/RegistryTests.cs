using Kunpeng.Registry;
using Kunpeng.Registry.LiteDb;
using Kunpeng.Host.Plugins;
using Kunpeng.Host.Registry;
using Kunpeng.Host.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace Kunpeng.Host.Tests.Registry;

/// <summary>The LiteDB registry file: the plugin_versions ledger, a restart, and the single-process lock.</summary>
public sealed class RegistryTests : IDisposable
{
    private static readonly DateTimeOffset FirstScan = new(2024, 3, 1, 8, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset SecondScan = new(2024, 9, 15, 2, 0, 0, TimeSpan.Zero);

    private readonly TempDirectory _directory = new("registry");

    private IOptions<RegistryOptions> Options => Microsoft.Extensions.Options.Options.Create(
        new RegistryOptions { DatabasePath = _directory.Combine("data", "kunpeng.db") });

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void LedgerRecordsEachIdAtVersionWithFirstSeenAndLastLoaded()
    {
        using var registry = new LiteDbRegistry(Options.Value.ResolvePath());
        var ledger = new PluginVersionLedger(registry, TimeProvider.System);

        ledger.Record(
        [
            State("education", "1.0.0", PluginStatus.Active, FirstScan),
            State("fixture-throwing", "1.0.0", PluginStatus.Malfunctioned, FirstScan, "constructor threw"),
            State(null, null, PluginStatus.Malfunctioned, FirstScan, "no manifest"),
        ]);

        var all = ledger.All();
        Assert.Equal(["education@1.0.0", "fixture-throwing@1.0.0"], all.Select(r => r.Id));

        var education = all[0];
        Assert.Equal("education", education.PluginId);
        Assert.Equal("1.0.0", education.Version);
        Assert.Equal("1.0", education.ContractVersion);
        Assert.Equal("Active", education.LastStatus);
        Assert.Null(education.LastReason);
        AssertUtc(FirstScan, education.FirstSeenUtc);
        AssertUtc(FirstScan, education.LastLoadedUtc!.Value);

        var throwing = all[1];
        Assert.Equal("Malfunctioned", throwing.LastStatus);
        Assert.Equal("constructor threw", throwing.LastReason);
        AssertUtc(FirstScan, throwing.FirstSeenUtc);
        Assert.Null(throwing.LastLoadedUtc);
    }

    [Fact]
    public void RestartKeepsTheRecordsAndTheirFirstSeen()
    {
        using (var registry = new LiteDbRegistry(Options.Value.ResolvePath()))
        {
            new PluginVersionLedger(registry, TimeProvider.System).Record(
            [
                State("education", "1.0.0", PluginStatus.Active, FirstScan),
                State("culture", "1.0.0", PluginStatus.Malfunctioned, FirstScan, "missing dependency"),
            ]);
        }

        // A restart: the first instance is gone (lock released), a new one opens the same file.
        using (var registry = new LiteDbRegistry(Options.Value.ResolvePath()))
        {
            var ledger = new PluginVersionLedger(registry, TimeProvider.System);
            Assert.Equal(["culture@1.0.0", "education@1.0.0"], ledger.All().Select(r => r.Id));

            ledger.Record(
            [
                State("education", "1.0.0", PluginStatus.Active, SecondScan),
                State("education", "1.1.0", PluginStatus.Active, SecondScan),
                State("culture", "1.0.0", PluginStatus.Active, SecondScan),
            ]);
        }

        using (var registry = new LiteDbRegistry(Options.Value.ResolvePath()))
        {
            var ledger = new PluginVersionLedger(registry, TimeProvider.System);
            var history = ledger.History("education");
            Assert.Equal(["education@1.0.0", "education@1.1.0"], history.Select(r => r.Id));
            AssertUtc(FirstScan, history[0].FirstSeenUtc);
            AssertUtc(SecondScan, history[0].LastLoadedUtc!.Value);
            AssertUtc(SecondScan, history[1].FirstSeenUtc);

            var culture = Assert.Single(ledger.History("culture"));
            AssertUtc(FirstScan, culture.FirstSeenUtc);
            AssertUtc(SecondScan, culture.LastLoadedUtc!.Value);
            Assert.Equal("Active", culture.LastStatus);
            Assert.Null(culture.LastReason);
        }
    }

    [Fact]
    public void SecondInstanceOnTheSameFileIsRefusedWhileTheFirstIsOpen()
    {
        using var first = new LiteDbRegistry(Options.Value.ResolvePath());

        var refused = Assert.Throws<RegistryOpenException>(() => new LiteDbRegistry(Options.Value.ResolvePath()));

        Assert.Contains("lock", refused.Message, StringComparison.Ordinal);
        Assert.Contains(first.FilePath, refused.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<IOException>(refused.InnerException);
        // The refused instance took nothing away from the first.
        Assert.True(first.IsOpen);
        Assert.Empty(new PluginVersionLedger(first, TimeProvider.System).All());
    }

    [Fact]
    public void LockIsReleasedOnDispose()
    {
        new LiteDbRegistry(Options.Value.ResolvePath()).Dispose();

        using var reopened = new LiteDbRegistry(Options.Value.ResolvePath());
        Assert.True(reopened.IsOpen);
    }

    private static void AssertUtc(DateTimeOffset expected, DateTime actual)
    {
        Assert.Equal(DateTimeKind.Utc, actual.Kind);
        Assert.Equal(expected.UtcDateTime, actual);
    }

    private static PluginState State(string? id, string? version, PluginStatus status, DateTimeOffset at, string? reason = null) =>
        new(id ?? "no-manifest", id, version, id is null ? null : "1.0", status, reason, null, null, at, TimeSpan.FromMilliseconds(5));
}
