using System.Collections.Concurrent;
using Kunpeng.Host.Workflow.Writing;

namespace Kunpeng.Host.Workflow.Nominations;

/// <summary>
/// Remembers the total of a nomination list filter until the next nomination write, so paging
/// through a broad list (every nomination, one status across domains: tens of thousands of index
/// entries to count) counts once, not on every page. The write path tells it of every committed write
/// that touched nominations (<see cref="Committed"/>); a total counted while a write was committing is
/// stored under the generation read before counting, so it is dropped at the next read.
/// </summary>
public sealed class NominationListTotals : IRecordWriteObserver
{
    private const int MaxEntries = 10_000;
    private readonly ConcurrentDictionary<string, (long Generation, int Total)> _totals = new(StringComparer.Ordinal);
    private long _generation;

    /// <summary>Call after every committed write that creates or changes nominations.</summary>
    public void Invalidate() => Interlocked.Increment(ref _generation);

    public void Committed(IReadOnlyCollection<string> recordSets)
    {
        if (recordSets.Contains(Nomination.Set.Name))
        {
            Invalidate();
        }
    }

    public int GetOrCount(string key, Func<int> count)
    {
        var generation = Interlocked.Read(ref _generation);
        if (_totals.TryGetValue(key, out var known) && known.Generation == generation)
        {
            return known.Total;
        }

        var total = count();
        if (_totals.Count >= MaxEntries)
        {
            _totals.Clear();
        }

        _totals[key] = (generation, total);
        return total;
    }
}
