using Kunpeng.Registry;

namespace Kunpeng.Host.Workflow;

/// <summary>One page of a filtered record set: the total over the filter, and the page in the list's order.</summary>
public static class RecordPages
{
    /// <summary>Counts the filter (no sort needed for that) and reads the page in <paramref name="order"/>; a page past the end reads nothing.</summary>
    public static PagedList<T> Page<T>(this IRecordReader<T> records, Filter? filter, SortKey? order, Paging paging) where T : class
    {
        var total = records.Count(filter);
        var items = total <= paging.Skip
            ? []
            : records.List(new RecordQuery(filter, order is null ? null : [order], paging.Skip, paging.PageSize));
        return new PagedList<T>(items, paging.Page, paging.PageSize, total);
    }
}
