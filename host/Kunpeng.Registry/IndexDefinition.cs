using System.Linq.Expressions;

namespace Kunpeng.Registry;

/// <summary>
/// An index an area declares for its list filters and uniqueness rules. The field is a stored path;
/// <c>[*]</c> at its end indexes each element of an array (<c>ReviewerIds[*]</c>). A key made of several
/// fields is a stored field of its own (the record computes it), so every provider indexes it alike.
/// </summary>
/// <param name="Set">The record set's name.</param>
/// <param name="Name">The index's name, stable (migrations drop indexes by name).</param>
/// <param name="Field">The stored path.</param>
/// <param name="Unique">Refuse a second record with the same key (<see cref="UniqueRecordException"/>).</param>
public sealed record IndexDefinition(string Set, string Name, string Field, bool Unique = false)
{
    /// <summary>An index on a member of the record, named after it.</summary>
    public static IndexDefinition On<T>(RecordSet<T> set, Expression<Func<T, object?>> field, bool unique = false) where T : class
    {
        var path = FieldPath.Of(field);
        return new(set.Name, path.Replace(".", "", StringComparison.Ordinal), path, unique);
    }

    /// <summary>An index on each element of an array member, named after it.</summary>
    public static IndexDefinition OnEach<T>(RecordSet<T> set, Expression<Func<T, object?>> array) where T : class
    {
        var path = FieldPath.Of(array);
        return new(set.Name, path.Replace(".", "", StringComparison.Ordinal), path + "[*]");
    }

    public bool IsArray => Field.EndsWith("[*]", StringComparison.Ordinal);
}
