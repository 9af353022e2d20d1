using LiteDB;

namespace Kunpeng.Registry.LiteDb;

/// <summary>
/// A <see cref="Filter"/> as LiteDB where-terms. Each term of a conjunction stays its own term: LiteDB
/// walks the index of one (the cheapest, the first on a tie) and filters by the rest, so the order a
/// caller gives is kept.
/// </summary>
internal static class LiteDbFilters
{
    public static IReadOnlyList<BsonExpression> Terms(Filter? filter, BsonMapper mapper) => filter switch
    {
        null => [],
        Filter.Conjunction all => all.Terms.SelectMany(t => Terms(t, mapper)).ToList(),
        // LIKE has no escape: a prefix holding '%' or '_' is still sought by LIKE (a superset, still an
        // index range up to its first wildcard) and then held to the literal prefix.
        Filter.Prefix p when HasWildcard(p.Text) =>
        [
            BsonExpression.Create($"{LiteDbPaths.Of(p.Field)} LIKE @0", new BsonValue(p.Text + "%")),
            BsonExpression.Create($"SUBSTRING({LiteDbPaths.Of(p.Field)}, 0, {p.Text.Length}) = @0", new BsonValue(p.Text)),
        ],
        _ => [Term(filter, mapper)],
    };

    private static bool HasWildcard(string text) => text.Contains('%') || text.Contains('_');

    private static BsonExpression Term(Filter filter, BsonMapper mapper)
    {
        switch (filter)
        {
            case Filter.Comparison c:
                var op = c.Kind switch
                {
                    ComparisonKind.Equal => "=",
                    ComparisonKind.NotEqual => "!=",
                    ComparisonKind.AtLeast => ">=",
                    _ => "<=",
                };
                return BsonExpression.Create($"{LiteDbPaths.Of(c.Field)} {op} @0", LiteDbMapping.Value(mapper, c.Value));
            case Filter.OneOf o:
                return BsonExpression.Create($"{LiteDbPaths.Of(o.Field)} IN @0", new BsonArray(o.Values.Select(v => LiteDbMapping.Value(mapper, v))));
            case Filter.Prefix p:
                // LIKE with a literal prefix is a range seek on the index.
                return BsonExpression.Create($"{LiteDbPaths.Of(p.Field)} LIKE @0", new BsonValue(p.Text + "%"));
            case Filter.Substring s:
                return BsonExpression.Create($"INDEXOF(LOWER({LiteDbPaths.Of(s.Field)}), @0) >= 0", new BsonValue(s.Text.ToLowerInvariant()));
            case Filter.ArrayHolds a:
                return BsonExpression.Create($"{LiteDbPaths.Of(a.Field)}[*] ANY = @0", LiteDbMapping.Value(mapper, a.Value));
            default:
                throw new NotSupportedException($"No LiteDB translation for {filter.GetType().Name}.");
        }
    }
}
