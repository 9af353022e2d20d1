namespace Kunpeng.Web.Api.Models;

/// <summary>One page of a list the API pages (<c>items</c>, <c>page</c>, <c>pageSize</c>, <c>total</c>).</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
