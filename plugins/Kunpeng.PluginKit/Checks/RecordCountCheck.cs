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
        var qualifiers = filters.Count == 0 ? "" : string.Join("、", filters.Select(f => f.DescriptionZh)) + " ";
        var required = $"{window}{qualifiers}{Phrase.AtLeast(Phrase.Amount(count, unitZh))}";
        if (ofWhich is { } strongerRequired)
        {
            required += $"，其中{strongerRequired.Filter.DescriptionZh} {Phrase.AtLeast(Phrase.Amount(strongerRequired.Count, unitZh))}";
        }

        if (!records.TryRead(profile, out var all))
        {
            return CheckResult.Undecided(null, required, records.Name);
        }

        var counted = all
            .Where(r => records.FallsWithin(r, window))
            .Where(r => filters.All(f => f.Predicate(r)))
            .ToList();
        var found = Phrase.Amount(counted.Count, unitZh);
        var met = counted.Count >= count;
        if (ofWhich is { } stronger)
        {
            var qualifying = counted.Count(stronger.Filter.Predicate);
            found += $"，其中{stronger.Filter.DescriptionZh} {Phrase.Amount(qualifying, unitZh)}";
            met &= qualifying >= stronger.Count;
        }

        return met ? CheckResult.Met(found, required) : CheckResult.NotMet(found, required);
    }
}
