namespace Kunpeng.PluginKit;

/// <summary>
/// The records of one kind that fall within the last five years, narrowed by the clause's
/// qualifiers (前3名, 区级及以上), ready to be counted. Immutable: each call returns a new selection.
/// </summary>
/// <typeparam name="TRecord">The record type, e.g. <see cref="Kunpeng.Abstractions.ResearchProjectRecord"/>.</typeparam>
public sealed class RecordsInLastFiveYears<TRecord>
{
    private readonly RecordsFact<TRecord> records;
    private readonly IReadOnlyList<RecordFilter<TRecord>> filters;

    internal RecordsInLastFiveYears(RecordsFact<TRecord> records)
        : this(records, [])
    {
    }

    private RecordsInLastFiveYears(RecordsFact<TRecord> records, IReadOnlyList<RecordFilter<TRecord>> filters)
    {
        ArgumentNullException.ThrowIfNull(records);
        this.records = records;
        this.filters = filters;
    }

    /// <summary>Keeps only the records the clause qualifies, e.g. <c>Where("前3名", p =&gt; p.Rank &lt;= 3)</c>.</summary>
    /// <param name="descriptionZh">The qualifier in the rules' words; it appears in the outcome.</param>
    /// <param name="predicate">Which records it keeps.</param>
    public RecordsInLastFiveYears<TRecord> Where(string descriptionZh, Func<TRecord, bool> predicate) =>
        new(records, [.. filters, new RecordFilter<TRecord>(descriptionZh, predicate)]);

    /// <summary>At least <paramref name="count"/> such records (2篇以上（含2篇）): the bound is met when equal.</summary>
    /// <param name="count">The minimum number of records.</param>
    /// <param name="unitZh">The measure word: 篇, 项, 个.</param>
    public RecordCountCheck<TRecord> AtLeast(int count, string unitZh) => new(records, filters, count, unitZh, ofWhich: null);
}
