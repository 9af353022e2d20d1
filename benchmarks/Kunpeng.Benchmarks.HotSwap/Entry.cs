using System.Globalization;
using System.Runtime.InteropServices;

namespace Kunpeng.Benchmarks.HotSwap;

/// <summary>
/// Runs the hot-swap measurements and prints them, with a Markdown table for benchmarks/README.md.
/// Arguments: [latency swaps, default 9] [memory swaps, default 50].
/// </summary>
internal static class Entry
{
    public static async Task<int> Main(string[] args)
    {
        var latencySwaps = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 9;
        var memorySwaps = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50;
        Console.WriteLine($"Kunpeng hot swap ({SwapFolders.Configuration}), {Environment.ProcessorCount} cores, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}");

        Console.WriteLine($"(a) folder replaced -> new version serving, {latencySwaps} swaps, real host process, folder watcher with the default quiet period:");
        var watcher = await LatencyRun.WatcherAsync(latencySwaps);
        Console.WriteLine($"(a) the same through POST /api/plugins/fixture-swap/reload (Talent Office), watcher off:");
        var reload = await LatencyRun.ReloadEndpointAsync(latencySwaps);

        Console.WriteLine($"(b) memory, in-process host, {memorySwaps} swaps through the reload endpoint, requests served by every version:");
        var measureAfter = new HashSet<int> { 1, 10, 25, 50, memorySwaps };
        measureAfter.UnionWith(Enumerable.Range(1, memorySwaps / 50).Select(i => i * 50));
        measureAfter.RemoveWhere(s => s > memorySwaps);
        var memory = await MemoryRun.RunAsync(memorySwaps, measureAfter);
        var afterOne = memory.Single(m => m.Swaps == 1);
        var afterAll = memory.Single(m => m.Swaps == memorySwaps);

        Console.WriteLine();
        Console.WriteLine("| measure | value |");
        Console.WriteLine("| --- | --- |");
        Console.WriteLine($"| folder replaced → new version serving, watcher (quiet period 750 ms), median of {latencySwaps} | {watcher.MedianServed:0} ms (min {watcher.ServedMilliseconds.Min():0}, max {watcher.ServedMilliseconds.Max():0}) |");
        Console.WriteLine($"| folder replaced → new version serving, reload endpoint (watcher off), median of {latencySwaps} | {reload.MedianServed:0} ms (min {reload.ServedMilliseconds.Min():0}, max {reload.ServedMilliseconds.Max():0}) |");
        Console.WriteLine($"| host's load of one version (manifest → scope → services), median | {watcher.MedianLoad:0.0} ms (watcher runs), {reload.MedianLoad:0.0} ms (reload runs) |");
        foreach (var snapshot in memory)
        {
            Console.WriteLine($"| after {snapshot.Swaps} swap(s) | managed heap {MiB(snapshot.ManagedHeapBytes)} MiB, {snapshot.LoadContexts} load contexts ({snapshot.CollectibleLoadContexts} collectible), working set {MiB(snapshot.WorkingSetBytes)} MiB, private {MiB(snapshot.PrivateBytes)} MiB |");
        }

        Console.WriteLine($"| managed heap after {memorySwaps} swaps / after 1 | {(double)afterAll.ManagedHeapBytes / afterOne.ManagedHeapBytes:0.00} |");
        Console.WriteLine($"| load contexts after {memorySwaps} swaps / after 1 | {afterAll.LoadContexts} / {afterOne.LoadContexts} |");
        Console.WriteLine($"| working set after {memorySwaps} swaps / after 1 | {(double)afterAll.WorkingSetBytes / afterOne.WorkingSetBytes:0.00} |");
        Console.WriteLine($"| private bytes after {memorySwaps} swaps / after 1 | {(double)afterAll.PrivateBytes / afterOne.PrivateBytes:0.00} |");
        return 0;
    }

    private static string MiB(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.00", CultureInfo.InvariantCulture);
}
