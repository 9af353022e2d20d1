using Kunpeng.Host.Plugins;
using Kunpeng.Host.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Kunpeng.Host.Tests.Plugins;

/// <summary>The scan of a whole plugins directory, and how two folders claiming one domain id are settled.</summary>
public sealed class PluginDirectoryScannerTests : IDisposable
{
    private readonly TempDirectory _plugins = new("scanner");
    private readonly LoaderHarness _harness = new();

    public void Dispose()
    {
        _harness.Dispose();
        _plugins.Dispose();
    }

    [Fact]
    public void HigherVersionWinsByNumberNotByTextOrFolderOrder()
    {
        // "1.10.0" sorts before "1.9.0" as text, and its folder comes second: only a numeric comparison picks it.
        Duplicate("dup-a", "1.9.0");
        Duplicate("dup-b", "1.10.0");

        var results = Scan();

        var winner = Assert.Single(results, r => r.Plugin is not null);
        Assert.Equal("dup-b", winner.State.Folder);
        var loser = Assert.Single(results, r => r.Plugin is null);
        Assert.Equal(("dup-a", PluginStatus.Conflicted), (loser.State.Folder, loser.State.Status));
        Assert.Contains("'fixture-duplicate' is also claimed by folder 'dup-b' (version 1.10.0)", loser.State.Reason, StringComparison.Ordinal);
        winner.Plugin!.Retire();
    }

    [Fact]
    public void SameVersionKeepsTheFirstFolderByName()
    {
        Duplicate("dup-b", "1.0.0");
        Duplicate("dup-a", "1.0.0");

        var results = Scan();

        Assert.Equal(["dup-a", "dup-b"], results.Select(r => r.State.Folder));
        Assert.Equal([PluginStatus.Active, PluginStatus.Conflicted], results.Select(r => r.State.Status));
        results[0].Plugin!.Retire();
    }

    [Fact]
    public void TheLosersLoadContextIsUnloadedAndTheWinnersKept()
    {
        TestPlugins.CopyFixture(TestPlugins.Duplicate10, _plugins.Path);
        TestPlugins.CopyFixture(TestPlugins.Duplicate11, _plugins.Path);

        var results = Scan();

        var winner = Assert.Single(results, r => r.Plugin is not null);
        Assert.Equal(TestPlugins.Duplicate11, winner.State.Folder);
        Assert.True(_harness.ContextOf(TestPlugins.Duplicate10 + ".dll").Unloading, "the conflicted version must be released");
        Assert.False(_harness.ContextOf(TestPlugins.Duplicate11 + ".dll").Unloading, "the serving version must stay loaded");
        winner.Plugin!.Retire();
        Assert.True(_harness.ContextOf(TestPlugins.Duplicate11 + ".dll").Unloading);
    }

    [Fact]
    public void EveryFolderGetsAResultInFolderOrder()
    {
        TestPlugins.CopyFixture(TestPlugins.Healthy, _plugins.Path, "b-healthy");
        BrokenFolders.CreateEmpty(_plugins.Combine("a-empty"));
        BrokenFolders.CreateGarbageAssembly(_plugins.Combine("c-garbage"));

        var results = Scan();

        Assert.Equal(["a-empty", "b-healthy", "c-garbage"], results.Select(r => r.State.Folder));
        Assert.Equal([PluginStatus.Malfunctioned, PluginStatus.Active, PluginStatus.Malfunctioned], results.Select(r => r.State.Status));
        results[1].Plugin!.Retire();
    }

    [Fact]
    public void MissingDirectoryScansToNothing()
    {
        var scanner = new PluginDirectoryScanner(_harness.Loader,
            Options.Create(new PluginOptions { Directory = _plugins.Combine("not-there") }), NullLogger<PluginDirectoryScanner>.Instance);

        Assert.Empty(scanner.Scan());
    }

    private void Duplicate(string folderName, string version)
    {
        var folder = TestPlugins.CopyFixture(TestPlugins.Duplicate10, _plugins.Path, folderName);
        TestPlugins.WriteManifest(folder, "fixture-duplicate", version, TestPlugins.Duplicate10 + ".dll");
    }

    private IReadOnlyList<PluginLoadResult> Scan() =>
        new PluginDirectoryScanner(_harness.Loader, Options.Create(new PluginOptions { Directory = _plugins.Path }),
            NullLogger<PluginDirectoryScanner>.Instance).Scan();
}
