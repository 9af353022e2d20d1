using System.Linq.Expressions;

namespace Kunpeng.Registry;

/// <summary>
/// A condition on stored records, in terms every provider can translate to its own query language and
/// serve from an index: a field (by its path in the stored document, property names as in C#, dots
/// for nested objects) equal to a value, one of several, starting with a prefix, an array holding a
/// value, and conjunctions of these. Values are strings, numbers, booleans, dates (UTC) or enum values
/// (stored and compared by name); null means absent.
/// </summary>
public abstract record Filter
{
    /// <summary>The field equals the value.</summary>
    public static Filter Eq(string field, object? value) => new Comparison(field, ComparisonKind.Equal, value);

    /// <summary>The field differs from the value.</summary>
    public static Filter NotEq(string field, object? value) => new Comparison(field, ComparisonKind.NotEqual, value);

    /// <summary>The field is at least the value.</summary>
    public static Filter AtLeast(string field, object value) => new Comparison(field, ComparisonKind.AtLeast, value);

    /// <summary>The field is at most the value.</summary>
    public static Filter AtMost(string field, object value) => new Comparison(field, ComparisonKind.AtMost, value);

    /// <summary>The field equals one of the values (an empty list matches nothing).</summary>
    public static Filter In(string field, IEnumerable<object?> values) => new OneOf(field, values.ToArray());

    /// <summary>The text field starts with the prefix (ordinal).</summary>
    public static Filter StartsWith(string field, string prefix) => new Prefix(field, prefix);

    /// <summary>The text field contains the text (ordinal, case-insensitive where the store can).</summary>
    public static Filter Contains(string field, string text) => new Substring(field, text);

    /// <summary>The array field has an element equal to the value.</summary>
    public static Filter Has(string arrayField, object? value) => new ArrayHolds(arrayField, value);

    /// <summary>Every filter holds; nulls are skipped (an optional list filter not given).</summary>
    public static Filter? All(params Filter?[] filters)
    {
        var given = filters.OfType<Filter>().SelectMany(f => f is Conjunction c ? c.Terms : [f]).ToArray();
        return given.Length switch { 0 => null, 1 => given[0], _ => new Conjunction(given) };
    }

    /// <summary>Both hold.</summary>
    public static Filter operator &(Filter left, Filter right) => All(left, right)!;

    /// <summary>Field equals value, where the field is a member of <typeparamref name="T"/>.</summary>
    public static Filter Eq<T>(Expression<Func<T, object?>> field, object? value) => Eq(FieldPath.Of(field), value);

    public sealed record Comparison(string Field, ComparisonKind Kind, object? Value) : Filter;

    public sealed record OneOf(string Field, IReadOnlyList<object?> Values) : Filter;

    public sealed record Prefix(string Field, string Text) : Filter;

    public sealed record Substring(string Field, string Text) : Filter;

    public sealed record ArrayHolds(string Field, object? Value) : Filter;

    public sealed record Conjunction(IReadOnlyList<Filter> Terms) : Filter;
}

/// <summary>How a <see cref="Filter.Comparison"/> compares.</summary>
public enum ComparisonKind
{
    Equal,
    NotEqual,
    AtLeast,
    AtMost,
}
