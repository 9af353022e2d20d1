using System.Runtime.InteropServices;

namespace Kunpeng.Host.Eligibility;

/// <summary>
/// The lists plugins hand over (<c>IReadOnlyList&lt;T&gt;</c>) as spans: the array or list behind them
/// when there is one (what plugins return in practice), otherwise a copy. Indexing a span is a
/// plain load; indexing an array through the interface is a call, per condition per profile.
/// </summary>
internal static class ReadOnlyLists
{
    public static ReadOnlySpan<T> AsSpan<T>(IReadOnlyList<T> list) => list switch
    {
        T[] array => array,
        List<T> items => CollectionsMarshal.AsSpan(items),
        _ => list.ToArray(),
    };
}
