using System.Globalization;
using System.Text;
using Npgsql;
using NpgsqlTypes;

namespace Kunpeng.Registry.PostgreSql;

/// <summary>
/// A <see cref="Filter"/> as a SQL condition with its parameters. Fields compare as jsonb (so numbers
/// compare as numbers, enums and dates as their stored text) on the same expression an index is built
/// on; a record's text <c>Id</c> is the primary key column.
/// </summary>
internal sealed class PostgreSqlFilters(bool textIds)
{
    private readonly List<NpgsqlParameter> _parameters = [];

    public IReadOnlyList<NpgsqlParameter> Parameters => _parameters;

    /// <summary>The SQL expression a field is read by (for conditions and sort keys).</summary>
    public string Field(string field) => IsIdColumn(field) ? "id" : PostgreSqlNames.Json(field);

    public string Where(Filter? filter) => filter is null ? "" : " WHERE " + Condition(filter);

    private bool IsIdColumn(string field) => textIds && field == "Id";

    private string Condition(Filter filter)
    {
        switch (filter)
        {
            case Filter.Conjunction all:
                return "(" + string.Join(" AND ", all.Terms.Select(Condition)) + ")";
            case Filter.Comparison { Value: null, Kind: ComparisonKind.Equal } c:
                return $"{Field(c.Field)} IS NULL";
            case Filter.Comparison { Value: null, Kind: ComparisonKind.NotEqual } c:
                return $"{Field(c.Field)} IS NOT NULL";
            case Filter.Comparison c:
                var op = c.Kind switch
                {
                    ComparisonKind.Equal => "=",
                    ComparisonKind.NotEqual => "IS DISTINCT FROM",
                    ComparisonKind.AtLeast => ">=",
                    _ => "<=",
                };
                return $"{Field(c.Field)} {op} {Value(c.Field, c.Value)}";
            case Filter.OneOf o:
                var given = o.Values.Where(v => v is not null).ToList();
                var terms = new List<string>();
                if (given.Count > 0)
                {
                    terms.Add($"{Field(o.Field)} = ANY({Values(o.Field, given)})");
                }

                if (given.Count < o.Values.Count)
                {
                    terms.Add($"{Field(o.Field)} IS NULL");
                }

                return terms.Count == 0 ? "FALSE" : "(" + string.Join(" OR ", terms) + ")";
            case Filter.Prefix p:
                return $"starts_with({Text(p.Field)}, {Parameter(p.Text, NpgsqlDbType.Text)})";
            case Filter.Substring s:
                return $"strpos(lower({Text(s.Field)}), {Parameter(s.Text.ToLowerInvariant(), NpgsqlDbType.Text)}) > 0";
            case Filter.ArrayHolds a:
                return $"{PostgreSqlNames.Json(a.Field)} @> {Parameter("[" + PostgreSqlJson.Value(a.Value) + "]", NpgsqlDbType.Jsonb)}";
            default:
                throw new NotSupportedException($"No PostgreSQL translation for {filter.GetType().Name}.");
        }
    }

    private string Text(string field) => IsIdColumn(field) ? "id" : PostgreSqlNames.Text(field);

    private string Value(string field, object? value) => IsIdColumn(field)
        ? Parameter(Convert.ToString(value, CultureInfo.InvariantCulture)!, NpgsqlDbType.Text)
        : Parameter(PostgreSqlJson.Value(value), NpgsqlDbType.Jsonb);

    private string Values(string field, IReadOnlyList<object?> values) => IsIdColumn(field)
        ? Parameter(values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)!).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text)
        : Parameter(values.Select(PostgreSqlJson.Value).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Jsonb);

    public string Parameter(object value, NpgsqlDbType type)
    {
        var name = "p" + _parameters.Count.ToString(CultureInfo.InvariantCulture);
        _parameters.Add(new NpgsqlParameter(name, type) { Value = value });
        return "@" + name;
    }

    /// <summary>An ORDER BY clause: nulls first when ascending, as the embedded registry orders them; the id last, so pages never overlap.</summary>
    public string OrderBy(IReadOnlyList<SortKey>? keys, string natural)
    {
        var sql = new StringBuilder(" ORDER BY ");
        foreach (var key in keys ?? [])
        {
            sql.Append(Field(key.Field)).Append(key.Descending ? " DESC NULLS LAST, " : " ASC NULLS FIRST, ");
        }

        return sql.Append(natural).ToString();
    }
}
