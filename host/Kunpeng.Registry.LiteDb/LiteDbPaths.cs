namespace Kunpeng.Registry.LiteDb;

/// <summary>A stored path as a LiteDB expression: <c>Panel.Result</c> is <c>$.Panel.Result</c>; a record's <c>Id</c> is <c>$._id</c>.</summary>
internal static class LiteDbPaths
{
    public static string Of(string field)
    {
        var array = field.EndsWith("[*]", StringComparison.Ordinal);
        var path = array ? field[..^3] : field;
        var stored = path == "Id" ? "_id" : path;
        return array ? $"$.{stored}[*]" : $"$.{stored}";
    }

    public static string Index(string field) => Of(field);
}
