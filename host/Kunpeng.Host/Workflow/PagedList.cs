namespace Kunpeng.Host.Workflow;

/// <summary>One page of a filtered list.</summary>
/// <param name="Items">The items on this page.</param>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Items per page (at most 200).</param>
/// <param name="Total">Items matching the filter across all pages.</param>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    /// <summary>The same page with each item shown as <typeparamref name="TView"/>.</summary>
    public PagedList<TView> Map<TView>(Func<T, TView> view) => new(Items.Select(view).ToList(), Page, PageSize, Total);
}
