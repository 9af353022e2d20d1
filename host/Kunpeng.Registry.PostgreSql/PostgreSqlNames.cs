using System.Text.RegularExpressions;

namespace Kunpeng.Registry.PostgreSql;

/// <summary>
/// Record set names, stored paths and index names as SQL text. Every name is checked against a strict
/// pattern before it is put into a statement (they come from code, never from a request, but a name
/// that is not a plain identifier is refused rather than quoted).
/// </summary>
internal static partial class PostgreSqlNames
{
    [GeneratedRegex("^[a-z_][a-z0-9_]{0,40}$")]
    private static partial Regex SetName();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Member();

    /// <summary>The table of a record set, quoted.</summary>
    public static string Table(string set) =>
        SetName().IsMatch(set) ? $"\"{set}\"" : throw new ArgumentException($"'{set}' is not a record set name (lower-case letters, digits, underscores).", nameof(set));

    public static string Sequence(string set) => Table(set + "_seq");

    /// <summary>An index's name in the database: unique per schema, so prefixed by its table; at most 63 bytes.</summary>
    public static string Index(string set, string name)
    {
        Table(set);
        if (!Member().IsMatch(name))
        {
            throw new ArgumentException($"'{name}' is not an index name.", nameof(name));
        }

        var full = $"{set}__{name}";
        return $"\"{(full.Length <= 63 ? full : full[..54] + "_" + (uint)StableHash(full) % 100000000)}\"";
    }

    /// <summary>
    /// A stored path as a jsonb expression on the <c>doc</c> column: <c>Panel.Result</c> is
    /// <c>(doc-&gt;'Panel'-&gt;'Result')</c>. Indexes and filters use exactly this text, so the planner
    /// matches a filter to its expression index.
    /// </summary>
    public static string Json(string field)
    {
        var path = field.EndsWith("[*]", StringComparison.Ordinal) ? field[..^3] : field;
        var members = path.Split('.');
        foreach (var member in members)
        {
            if (!Member().IsMatch(member))
            {
                throw new ArgumentException($"'{field}' is not a stored path.", nameof(field));
            }
        }

        return "(doc" + string.Concat(members.Select(m => $"->'{m}'")) + ")";
    }

    /// <summary>The same path as text (<c>-&gt;&gt;</c> at its end), for prefix and substring tests.</summary>
    public static string Text(string field)
    {
        var json = Json(field);
        var last = json.LastIndexOf("->", StringComparison.Ordinal);
        return json[..last] + "->>" + json[(last + 2)..];
    }

    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash & int.MaxValue;
    }
}
