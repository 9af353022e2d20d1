namespace Kunpeng.Registry;

/// <summary>The reads a record set answers.</summary>
public interface IRecordReader<T> where T : class
{
    /// <summary>The record with this id (for <see cref="IRecord"/> sets), or null.</summary>
    T? Find(string id);

    /// <summary>True when any record matches.</summary>
    bool Any(Filter filter);

    /// <summary>How many records match (all of them without a filter).</summary>
    int Count(Filter? filter = null);

    /// <summary>The records the query selects, in its order.</summary>
    IReadOnlyList<T> List(RecordQuery query);

    /// <summary>
    /// Only the named fields of the records the query selects: a list page that shows a few fields of
    /// large documents reads no more of them than that.
    /// </summary>
    IReadOnlyList<RecordRow> Rows(RecordQuery query, IReadOnlyList<string> fields);
}
