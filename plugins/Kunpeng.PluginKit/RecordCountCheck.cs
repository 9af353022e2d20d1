using Kunpeng.Abstractions;

namespace Kunpeng.PluginKit;

/// <summary>
/// At least N records within the last five years, optionally "of which" at least M meet a stronger
/// qualifier (2篇以上，其中一篇在市级及以上范围获奖). The "of which" records are counted among the N,
/// since 其中 means "among them".
/// </summary>
/// <typeparam name="TRecord">The record type.</typeparam>
public sealed class RecordCountCheck<TRecord> : Check
{
    private readonly RecordsFact<TRecord> records;
    private readonly IReadOnlyList<RecordFilter<TRecord>> filters;
    private readonly int count;
    private readonly string unitZh;
    private readonly (int Count, RecordFilter<TRecord> Filter)? ofWhich;
    private readonly string qualifiers;
    // What is required depends on the window, hence on the reference date: kept for the last one.
    private Requirement? requirement;
    // The found text by (counted, of which qualifying), for the small counts profiles carry.
    private readonly string?[] foundTexts = new string?[SmallCounts * SmallCounts];

    private const int SmallCounts = 16;

    internal RecordCountCheck(
        RecordsFact<TRecord> records,
        IReadOnlyList<RecordFilter<TRecord>> filters,
        int count,
        string unitZh,
        (int Count, RecordFilter<TRecord> Filter)? ofWhich)
        : base(records.LabelZh, [records.Definition])
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        ArgumentException.ThrowIfNullOrWhiteSpace(unitZh);
        this.records = records;
        this.filters = filters;
        this.count = count;
        this.unitZh = unitZh;
        this.ofWhich = ofWhich;
        qualifiers = filters.Count == 0 ? "" : string.Join("、", filters.Select(f => f.DescriptionZh)) + " ";
    }

    /// <summary>
    /// Of the records counted, at least <paramref name="atLeast"/> must also meet
    /// <paramref name="predicate"/>: <c>.OfWhich(1, "市级及以上", p =&gt; p.Recognition &gt;= RecognitionLevel.Municipal)</c>.
    /// </summary>
    /// <param name="atLeast">How many of them, at least; not more than the total.</param>
    /// <param name="descriptionZh">The qualifier in the rules' words.</param>
    /// <param name="predicate">Which records qualify.</param>
    public Check OfWhich(int atLeast, string descriptionZh, Func<TRecord, bool> predicate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(atLeast);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(atLeast, count);
        if (ofWhich is not null)
        {
            throw new InvalidOperationException("A count has one 其中 qualifier; state a further one as its own condition.");
        }

        return new RecordCountCheck<TRecord>(records, filters, count, unitZh, (atLeast, new RecordFilter<TRecord>(descriptionZh, predicate)));
    }

    /// <inheritdoc />
    public override CheckResult Evaluate(CandidateProfile profile, DateOnly referenceDate)
    {
        var window = LastFiveYears.EndingAt(referenceDate);
        var requirement = RequirementFor(window);
        if (!records.TryRead(profile, out var all))
        {
            return requirement.Missing;
        }

        var counted = 0;
        var qualifying = 0;
        for (var i = 0; i < all.Count; i++)
        {
            var record = all[i];
            if (records.FallsWithin(record, window) && PassesFilters(record))
            {
                counted++;
                if (ofWhich is { } stronger && stronger.Filter.Predicate(record))
                {
                    qualifying++;
                }
            }
        }

        var small = counted < SmallCounts && qualifying < SmallCounts;
        if (small && requirement.Results[counted * SmallCounts + qualifying] is { } known)
        {
            return known;
        }

        var met = counted >= count && (ofWhich is not { } strongerRequired || qualifying >= strongerRequired.Count);
        var found = Found(counted, qualifying);
        var result = met ? CheckResult.Met(found, requirement.Required) : CheckResult.NotMet(found, requirement.Required);
        if (small)
        {
            requirement.Results[counted * SmallCounts + qualifying] = result;
        }

        return result;
    }

    private bool PassesFilters(TRecord record)
    {
        for (var f = 0; f < filters.Count; f++)
        {
            if (!filters[f].Predicate(record))
            {
                return false;
            }
        }

        return true;
    }

    private string Found(int counted, int qualifying)
    {
        if (counted < SmallCounts && qualifying < SmallCounts)
        {
            return foundTexts[counted * SmallCounts + qualifying] ??= ComposeFound(counted, qualifying);
        }

        return ComposeFound(counted, qualifying);
    }

    private string ComposeFound(int counted, int qualifying)
    {
        var found = Phrase.Amount(counted, unitZh);
        if (ofWhich is { } stronger)
        {
            found += $"，其中{stronger.Filter.DescriptionZh} {Phrase.Amount(qualifying, unitZh)}";
        }

        return found;
    }

    private Requirement RequirementFor(LastFiveYears window)
    {
        var kept = Volatile.Read(ref requirement);
        if (kept is not null && kept.Window == window)
        {
            return kept;
        }

        var required = $"{window}{qualifiers}{Phrase.AtLeast(Phrase.Amount(count, unitZh))}";
        if (ofWhich is { } strongerRequired)
        {
            required += $"，其中{strongerRequired.Filter.DescriptionZh} {Phrase.AtLeast(Phrase.Amount(strongerRequired.Count, unitZh))}";
        }

        kept = new Requirement(window, required, CheckResult.Undecided(null, required, records.Name));
        Volatile.Write(ref requirement, kept);
        return kept;
    }

    /// <summary>What is required within one window, the result when the records are not given, and the results by small counts.</summary>
    private sealed record Requirement(LastFiveYears Window, string Required, CheckResult Missing)
    {
        public CheckResult?[] Results { get; } = new CheckResult?[SmallCounts * SmallCounts];
    }
}
