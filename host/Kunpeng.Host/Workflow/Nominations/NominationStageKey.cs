using Kunpeng.Host.Eligibility;
using Kunpeng.Registry;

namespace Kunpeng.Host.Workflow.Nominations;

/// <summary>
/// Where a nomination stands, as one index key: its cycle, status and latest verdict together
/// (<c>education-2015|Submitted|eligible</c>; an unscreened draft ends in <c>|</c>), stored on the
/// nomination as <see cref="Nomination.Stage"/> so every registry provider indexes it alike.
/// </summary>
/// <remarks>
/// Status and verdict change together (a submit sets both), and every later step changes the status.
/// In the embedded file registry each index entry a write moves costs about three page writes, each page synced
/// to disk on its own, so one index over the three fields makes a submit move one entry instead of
/// three (separate status, verdict and cycle + status indexes). Every list filter on them is still an
/// index seek: the full key, a cycle + status prefix, or the keys a status or a verdict can have in the
/// cycles in view — the statuses and verdicts are closed sets owned by the host.
/// </remarks>
public static class NominationStageKey
{
    public const string IndexName = "Stage";

    /// <summary>The stored field.</summary>
    public const string Field = nameof(Nomination.Stage);

    /// <summary>The indexes of earlier versions this key replaces; dropped from existing registries so writes stop maintaining them.</summary>
    public static readonly IReadOnlyList<string> ReplacedIndexes = ["Status", "LatestVerdict", "CycleStatus"];

    /// <summary>Every latest verdict a nomination can have: none yet (a draft), or one of the host's verdicts.</summary>
    private static readonly IReadOnlyList<string> VerdictsOrNone = ["", .. Enum.GetValues<Verdict>().Select(WireNames.Of)];

    public static string Of(string cycleId, NominationStatus status, string? verdict) => $"{cycleId}|{status}|{verdict}";

    /// <summary>A cycle's nominations in one status, whatever their verdict.</summary>
    public static Filter InCycleWithStatus(string cycleId, NominationStatus status) => Term([cycleId], status, verdict: null);

    /// <summary>
    /// The filter for nominations in <paramref name="cycleIds"/> with the given status and/or verdict;
    /// at least one of the two must be given (a cycle alone has its own index).
    /// </summary>
    public static Filter Term(IReadOnlyCollection<string> cycleIds, NominationStatus? status, string? verdict)
    {
        if (status is null && verdict is null)
        {
            throw new ArgumentException("A stage term needs a status or a verdict.", nameof(status));
        }

        if (cycleIds.Count == 1 && status is { } only)
        {
            var cycleId = cycleIds.First();
            return verdict is not null
                ? Filter.Eq(Field, Of(cycleId, only, verdict))
                : Filter.StartsWith(Field, $"{cycleId}|{only}|");
        }

        IReadOnlyList<NominationStatus> statuses = status is { } s ? [s] : Enum.GetValues<NominationStatus>();
        IReadOnlyList<string> verdicts = verdict is not null ? [verdict] : VerdictsOrNone;
        return Filter.In(Field,
            from cycleId in cycleIds
            from st in statuses
            from v in verdicts
            select (object?)Of(cycleId, st, v));
    }
}
