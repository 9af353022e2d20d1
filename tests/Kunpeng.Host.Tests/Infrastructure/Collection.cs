using System.Diagnostics;

namespace Kunpeng.Host.Tests.Infrastructure;

/// <summary>Waits for the garbage collector to take an object, as an unloaded load context must be.</summary>
public static class Collection
{
    /// <summary>
    /// Collects until the reference is dead or the time is up; true when it died. An unloadable
    /// context usually goes within a few collections; the time covers a host still shutting down.
    /// </summary>
    public static bool WaitUntilCollected(WeakReference reference, TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(5);
        var waited = Stopwatch.StartNew();
        while (reference.IsAlive && waited.Elapsed < limit)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            if (reference.IsAlive)
            {
                Thread.Sleep(20);
            }
        }

        return !reference.IsAlive;
    }
}
