using Kunpeng.Host.Api;
using Kunpeng.Host.Api.Models;
using LiteDB;

namespace Kunpeng.Host.Workflow;

/// <summary>One page of a registry query: the total over the filter, and the page in the list's order.</summary>
public static class QueryPages
{
    /// <summary>
    /// Counts <paramref name="query"/> (unordered: the count needs no sort) and reads the page in
    /// <paramref name="order"/>; a page past the end reads nothing.
    /// </summary>
    public static PagedList<T> Page<T>(this ILiteQueryable<T> query, Paging paging, Func<ILiteQueryable<T>, ILiteQueryableResult<T>> order)
    {
        var total = query.Count();
        var items = total <= paging.Skip ? [] : order(query).Skip(paging.Skip).Limit(paging.PageSize).ToList();
        return new PagedList<T>(items, paging.Page, paging.PageSize, total);
    }
}
