using LiteDB;

namespace Kunpeng.Registry.LiteDb;

/// <summary>How records become BSON: enums by name, date-only values as midnight UTC, ids as <c>_id</c>.</summary>
internal static class LiteDbMapping
{
    /// <summary>A mapper for the host's record types only: one that cached a plugin type would pin its load context.</summary>
    public static BsonMapper CreateMapper()
    {
        var mapper = new BsonMapper { EnumAsInteger = false };
        mapper.RegisterType(
            serialize: date => new BsonValue(date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)),
            deserialize: bson => DateOnly.FromDateTime(Utc(bson.AsDateTime)));
        return mapper;
    }

    /// <summary>A filter or key value as stored: enums by name, date-only values as midnight UTC.</summary>
    public static BsonValue Value(BsonMapper mapper, object? value) => value switch
    {
        null => BsonValue.Null,
        Enum e => new BsonValue(e.ToString()),
        DateOnly d => new BsonValue(d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)),
        DateTime t => new BsonValue(Utc(t)),
        _ => mapper.Serialize(value.GetType(), value),
    };

    /// <summary>A BSON value read back as a plain CLR value (UTC dates).</summary>
    public static object? Plain(BsonValue value) => value.Type switch
    {
        BsonType.Null or BsonType.MinValue or BsonType.MaxValue => null,
        BsonType.DateTime => Utc(value.AsDateTime),
        BsonType.Int32 => value.AsInt32,
        BsonType.Int64 => value.AsInt64,
        BsonType.Double => value.AsDouble,
        BsonType.Decimal => value.AsDecimal,
        BsonType.Boolean => value.AsBoolean,
        BsonType.String => value.AsString,
        BsonType.Guid => value.AsGuid,
        _ => value.ToString(),
    };

    private static DateTime Utc(DateTime t) => t.Kind switch
    {
        DateTimeKind.Local => t.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(t, DateTimeKind.Utc),
        _ => t,
    };
}
