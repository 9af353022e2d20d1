using System.Diagnostics;

namespace Kunpeng.Host.Tests.HotSwap;

/// <summary>A deployment copying files slowly is loaded once, when the folder has gone quiet, never half-way.</summary>
public sealed class DebounceTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task FolderWrittenSlowlyIsLoadedOnceWhenCompleteAndOldVersionServesMeanwhile()
    {
        // The default quiet period (750 ms); every pause of the copy is 200 ms.
        await using var host = SwapHost.Start(SwapPlugins.V1);
        var source = SwapPlugins.Source(SwapPlugins.V2);
        var target = Path.Combine(host.PluginsDirectory, SwapPlugins.Folder);

        // A reader polls the domain throughout, while a writer of its own thread (so a busy thread
        // pool cannot stretch its pauses) copies in the worst order: the old folder goes, the new
        // manifest comes first, then the main assembly and the kit in chunks, the rest last.
        var clock = Stopwatch.StartNew();
        using var stopReading = new CancellationTokenSource();
        var reading = PollVersions(host, clock, stopReading.Token);
        var writes = await SlowCopy(source, target, clock);
        var copied = writes[^1];
        await host.WaitUntilServedAsync(SwapPlugins.V2, Timeout);
        await stopReading.CancelAsync();
        var seen = await reading;

        // The longest stretch without a write, as the watcher saw the folder.
        var longestGap = writes.Zip(writes.Skip(1), (a, b) => b - a).Max();
        Assert.True(copied > TimeSpan.FromSeconds(2), "the copy should be slower than two quiet periods in all");
        if (longestGap > TimeSpan.FromMilliseconds(500))
        {
            // The machine stalled the writer for most of a quiet period: loading a part of the copy
            // is then allowed, and all that is asked is that the complete copy serves in the end.
            return;
        }

        // One reload, of the complete folder: 1.0.0 answered every request until the copy was
        // complete, and nothing was refused on the way.
        Assert.DoesNotContain(seen, s => s.Version != SwapPlugins.V1 && s.At < copied);
        Assert.Contains(seen, s => s.Version == SwapPlugins.V1 && s.At > writes[1]);
        await host.AssertEventsAsync([("loaded", SwapPlugins.V1, null), ("replaced", SwapPlugins.V2, SwapPlugins.V1)]);
    }

    /// <summary>Copies the folder slowly on a dedicated thread; returns the time of every write, the last being the end of the copy.</summary>
    private static Task<IReadOnlyList<TimeSpan>> SlowCopy(string source, string target, Stopwatch clock)
    {
        var done = new TaskCompletionSource<IReadOnlyList<TimeSpan>>(TaskCreationOptions.RunContinuationsAsynchronously);
        var writer = new Thread(() =>
        {
            try
            {
                var pause = TimeSpan.FromMilliseconds(200);
                var writes = new List<TimeSpan>();
                Directory.Delete(target, recursive: true);
                Directory.CreateDirectory(target);
                writes.Add(clock.Elapsed);
                Thread.Sleep(pause);
                File.Copy(Path.Combine(source, "plugin.json"), Path.Combine(target, "plugin.json"));
                writes.Add(clock.Elapsed);
                Thread.Sleep(pause);
                WriteInChunks(Path.Combine(source, "Kunpeng.Fixtures.Swap.dll"), Path.Combine(target, "Kunpeng.Fixtures.Swap.dll"), 4096, pause, clock, writes);
                WriteInChunks(Path.Combine(source, "Kunpeng.PluginKit.dll"), Path.Combine(target, "Kunpeng.PluginKit.dll"), 16384, pause, clock, writes);
                foreach (var file in Directory.EnumerateFiles(source).Where(f => !File.Exists(Path.Combine(target, Path.GetFileName(f)))).ToList())
                {
                    File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
                    writes.Add(clock.Elapsed);
                    Thread.Sleep(pause);
                }

                done.SetResult(writes);
            }
            catch (Exception e)
            {
                done.SetException(e);
            }
        }) { IsBackground = true, Name = "slow copy" };
        writer.Start();
        return done.Task;
    }

    private static void WriteInChunks(string source, string destination, int chunkBytes, TimeSpan pause, Stopwatch clock, List<TimeSpan> writes)
    {
        var bytes = File.ReadAllBytes(source);
        using var output = new FileStream(destination, FileMode.Create, FileAccess.Write, FileShare.ReadWrite);
        for (var offset = 0; offset < bytes.Length; offset += chunkBytes)
        {
            output.Write(bytes, offset, Math.Min(chunkBytes, bytes.Length - offset));
            output.Flush();
            writes.Add(clock.Elapsed);
            Thread.Sleep(pause);
        }
    }

    private static async Task<IReadOnlyList<(TimeSpan At, string? Version)>> PollVersions(SwapHost host, Stopwatch clock, CancellationToken stop)
    {
        var seen = new List<(TimeSpan, string?)>();
        while (!stop.IsCancellationRequested)
        {
            seen.Add((clock.Elapsed, await host.ServedVersionAsync()));
            try
            {
                await Task.Delay(50, stop);
            }
            catch (OperationCanceledException)
            {
            }
        }

        return seen;
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
}
