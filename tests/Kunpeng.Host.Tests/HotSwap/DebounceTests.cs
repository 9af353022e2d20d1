using System.Diagnostics;

namespace Kunpeng.Host.Tests.HotSwap;

/// <summary>A deployment copying files slowly is loaded once, when the folder has gone quiet, never half-way.</summary>
public sealed class DebounceTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task FolderWrittenSlowlyIsLoadedOnceWhenCompleteAndOldVersionServesMeanwhile()
    {
        // Every pause of the copy (200 ms) is far shorter than the quiet period, with a margin wide
        // enough for a loaded machine (a 750 ms default was seen stretched past by a busy CI box),
        // while the whole copy takes longer than one quiet period.
        await using var host = SwapHost.Start(SwapPlugins.V1, quietPeriod: TimeSpan.FromMilliseconds(1500));
        var source = SwapPlugins.Source(SwapPlugins.V2);
        var target = Path.Combine(host.PluginsDirectory, SwapPlugins.Folder);
        var pause = TimeSpan.FromMilliseconds(200);

        // The worst order: the old folder goes, the new manifest comes first, then the main assembly
        // and the kit written in chunks, the rest last.
        var copying = Stopwatch.StartNew();
        Directory.Delete(target, recursive: true);
        Directory.CreateDirectory(target);
        await Task.Delay(pause);
        File.Copy(Path.Combine(source, "plugin.json"), Path.Combine(target, "plugin.json"));
        await Task.Delay(pause);
        await AssertStillServing(host, SwapPlugins.V1);
        await SwapPlugins.CopySlowlyAsync(Path.Combine(source, "Kunpeng.Fixtures.Swap.dll"), Path.Combine(target, "Kunpeng.Fixtures.Swap.dll"), 4096, pause);
        await AssertStillServing(host, SwapPlugins.V1);
        await SwapPlugins.CopySlowlyAsync(Path.Combine(source, "Kunpeng.PluginKit.dll"), Path.Combine(target, "Kunpeng.PluginKit.dll"), 16384, pause);
        foreach (var file in Directory.EnumerateFiles(source).Where(f => !File.Exists(Path.Combine(target, Path.GetFileName(f)))))
        {
            await AssertStillServing(host, SwapPlugins.V1);
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
            await Task.Delay(pause);
        }

        copying.Stop();
        Assert.True(copying.Elapsed > TimeSpan.FromSeconds(2), "the copy should take longer than a quiet period in all");
        await host.WaitUntilServedAsync(SwapPlugins.V2, Timeout);

        // One reload, of the complete folder: no refusal of a partial copy on the way.
        await host.AssertEventsAsync([("loaded", SwapPlugins.V1, null), ("replaced", SwapPlugins.V2, SwapPlugins.V1)]);
    }

    [Fact]
    public async Task CopyPausingLongerThanTheQuietPeriodMayBeRefusedHalfWayButTheCompletedCopyServes()
    {
        await using var host = SwapHost.Start(SwapPlugins.V1, quietPeriod: TimeSpan.FromMilliseconds(250));
        var source = SwapPlugins.Source(SwapPlugins.V2);
        var target = Path.Combine(host.PluginsDirectory, SwapPlugins.Folder);

        // Only the manifest arrives, then the copy stalls well past the quiet period: the host tries
        // the half-copied folder and refuses it, and 1.0.0 (in memory) keeps serving.
        Directory.Delete(target, recursive: true);
        Directory.CreateDirectory(target);
        File.Copy(Path.Combine(source, "plugin.json"), Path.Combine(target, "plugin.json"));
        var refused = await host.WaitForPluginEntryAsync(p => p.GetProperty("status").GetString() != "active", Timeout);
        Assert.Contains("which is not in the folder", refused.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(SwapPlugins.V1, await host.ServedVersionAsync());

        // The rest of the copy arrives: the complete folder is loaded and serves.
        foreach (var file in Directory.EnumerateFiles(source).Where(f => Path.GetFileName(f) != "plugin.json"))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        await host.WaitUntilServedAsync(SwapPlugins.V2, Timeout);
        Assert.Equal("active", (await host.PluginEntryAsync())!.Value.GetProperty("status").GetString());
        await host.AssertEventsAsync([("loaded", SwapPlugins.V1, null), ("refused", SwapPlugins.V2, SwapPlugins.V1), ("replaced", SwapPlugins.V2, SwapPlugins.V1)]);
    }

    private static async Task AssertStillServing(SwapHost host, string version) => Assert.Equal(version, await host.ServedVersionAsync());
}
