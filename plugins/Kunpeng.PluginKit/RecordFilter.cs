namespace Kunpeng.PluginKit;

/// <summary>A qualifier on counted records, with the words that explain it in the outcome.</summary>
internal sealed record RecordFilter<TRecord>
{
    public RecordFilter(string descriptionZh, Func<TRecord, bool> predicate)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(descriptionZh);
        ArgumentNullException.ThrowIfNull(predicate);
        DescriptionZh = descriptionZh;
        Predicate = predicate;
    }

    public string DescriptionZh { get; }

    public Func<TRecord, bool> Predicate { get; }
}
