using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kunpeng.Registry.PostgreSql;

/// <summary>
/// How records become jsonb, chosen so that jsonb's own comparisons give the order the embedded registry gives:
/// property names as in C#; enums by name; every date as UTC text of one fixed width
/// (<c>2015-09-01T08:30:15.0000000Z</c>), so text order is time order and a date-only value is
/// midnight UTC, as in the embedded registry; nulls left out, so an absent field and a null one are the same SQL NULL.
/// </summary>
internal static class PostgreSqlJson
{
    private const string DateFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            IncludeFields = false,
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.Converters.Add(new UtcDateConverter());
        options.Converters.Add(new DateOnlyConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    public static string Serialize<T>(T record) => JsonSerializer.Serialize(record, Options);

    public static T Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)!;

    /// <summary>A filter value as the jsonb it is stored as (enums by name, dates in the fixed UTC form).</summary>
    public static string Value(object? value) => value switch
    {
        null => "null",
        Enum e => JsonSerializer.Serialize(e.ToString(), Options),
        _ => JsonSerializer.Serialize(value, value.GetType(), Options),
    };

    public static string Date(DateTime value) => ToUtc(value).ToString(DateFormat, CultureInfo.InvariantCulture);

    public static DateTime ParseDate(string text) =>
        DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

    private static DateTime ToUtc(DateTime t) => t.Kind switch
    {
        DateTimeKind.Local => t.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(t, DateTimeKind.Utc),
        _ => t,
    };

    private sealed class UtcDateConverter : JsonConverter<DateTime>
    {
        public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ParseDate(reader.GetString()!);

        public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) => writer.WriteStringValue(Date(value));
    }

    private sealed class DateOnlyConverter : JsonConverter<DateOnly>
    {
        public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            DateOnly.FromDateTime(ParseDate(reader.GetString()!));

        public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
            writer.WriteStringValue(Date(value.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)));
    }
}
