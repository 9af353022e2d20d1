namespace Kunpeng.Registry;

/// <summary>What a list reads: the records a filter selects, in an order, a window of them.</summary>
/// <param name="Where">Null selects every record.</param>
/// <param name="OrderBy">Fields in order of precedence; none is the store's natural (id) order.</param>
/// <param name="Skip">Records passed over first.</param>
/// <param name="Take">At most this many; null for all.</param>
public sealed record RecordQuery(Filter? Where = null, IReadOnlyList<SortKey>? OrderBy = null, int Skip = 0, int? Take = null)
{
    public static RecordQuery All { get; } = new();

    public RecordQuery Sorted(string field, bool descending = false) =>
        this with { OrderBy = [.. OrderBy ?? [], new SortKey(field, descending)] };

    public RecordQuery Window(int skip, int take) => this with { Skip = skip, Take = take };
}

/// <summary>One field of a sort order.</summary>
public sealed record SortKey(string Field, bool Descending = false);
