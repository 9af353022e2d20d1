using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Kunpeng.Host.Eligibility.Profiles;
using Kunpeng.Host.Workflow;

namespace Kunpeng.Host.Api.Input;

/// <summary>
/// Reads a JSON request body token by token against the contract of the type it will be bound to, and
/// records every problem a binder would let through or trip over, under the field's JSON path: duplicate
/// keys (the last would silently win), unknown properties (a typo would silently be dropped; "did you
/// mean" as the eligibility endpoint says it), text that is not valid UTF-16 or holds control or
/// bidirectional characters or is too long, numbers that are not finite (1e309), dates outside
/// 1900..ten years ahead, null array elements and nulls where the contract has no null. Parts of the body
/// the contract leaves open (a profile's facts, a JsonElement) get the checks that need no contract.
/// </summary>
internal sealed class JsonInputCheck(JsonSerializerOptions options, DateOnly today, FieldErrors errors)
{
    public const string BodyField = "body";

    private const int EarliestYear = 1900;
    private const int YearsAhead = 10;

    /// <summary>Checks <paramref name="json"/> as a <paramref name="type"/>; <paramref name="optional"/>: an empty body is fine.</summary>
    public void Check(ReadOnlySpan<byte> json, Type type, bool optional)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions
        {
            MaxDepth = options.MaxDepth == 0 ? 64 : options.MaxDepth,
            CommentHandling = options.ReadCommentHandling,
            AllowTrailingCommas = options.AllowTrailingCommas,
        });
        var path = BodyField;
        try
        {
            if (!reader.Read())
            {
                if (!optional)
                {
                    errors.Add(BodyField, $"Required: a JSON {Describe(type)}.");
                }

                return;
            }

            if (reader.TokenType == JsonTokenType.Null)
            {
                errors.Add(BodyField, $"Must be a JSON {Describe(type)}, not null.");
                return;
            }

            Value(ref reader, Contract(type), BodyField, ref path);
            if (reader.Read())
            {
                errors.Add(BodyField, "Malformed JSON: more than one value.");
            }
        }
        catch (JsonException e)
        {
            var position = e.LineNumber is { } line ? $" at line {line + 1}, byte {e.BytePositionInLine + 1}" : "";
            errors.Add(path, $"Malformed JSON{position}.");
        }
    }

    /// <summary>What a value at one place may be: the contract's type there, and the property's own limits.</summary>
    private sealed record Slot(Type? Type, JsonTypeInfo? Info, bool Nullable = true, bool IsName = false, int? MaxLength = null, RangeAttribute? Range = null);

    private Slot Contract(Type? type)
    {
        if (type is null || type == typeof(object) || type == typeof(JsonElement) || typeof(JsonNode).IsAssignableFrom(type))
        {
            return new Slot(null, null);
        }

        var underlying = System.Nullable.GetUnderlyingType(type) ?? type;
        return new Slot(underlying, options.GetTypeInfo(underlying), Nullable: !underlying.IsValueType || underlying != type);
    }

    private Slot Property(JsonPropertyInfo property)
    {
        var slot = Contract(property.PropertyType);
        var attributes = Attributes(property);
        var maxLength = attributes.OfType<MaxLengthAttribute>().FirstOrDefault()?.Length
            ?? attributes.OfType<StringLengthAttribute>().FirstOrDefault()?.MaximumLength;
        return slot with
        {
            Nullable = slot.Nullable && (property.PropertyType.IsValueType || property.IsSetNullable),
            IsName = TextRules.IsName(property.Name),
            MaxLength = maxLength,
            Range = attributes.OfType<RangeAttribute>().FirstOrDefault(),
        };
    }

    /// <summary>The property's attributes, and those of the constructor parameter it is bound through (a positional record).</summary>
    private static List<Attribute> Attributes(JsonPropertyInfo property)
    {
        var found = new List<Attribute>();
        if (property.AttributeProvider is ICustomAttributeProvider member)
        {
            found.AddRange(member.GetCustomAttributes(true).OfType<Attribute>());
        }

        if (property.AssociatedParameter?.AttributeProvider is ICustomAttributeProvider parameter)
        {
            found.AddRange(parameter.GetCustomAttributes(true).OfType<Attribute>());
        }

        return found;
    }

    private void Value(ref Utf8JsonReader reader, Slot slot, string field, ref string path)
    {
        path = field;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                ObjectValue(ref reader, slot, field, ref path);
                break;
            case JsonTokenType.StartArray:
                ArrayValue(ref reader, slot, field, ref path);
                break;
            case JsonTokenType.String:
                Text(ref reader, slot, field);
                break;
            case JsonTokenType.Number:
                Number(ref reader, slot, field);
                break;
            case JsonTokenType.Null when !slot.Nullable:
                errors.Add(field, "Must not be null.");
                break;
        }
    }

    private void ObjectValue(ref Utf8JsonReader reader, Slot slot, string field, ref string path)
    {
        var info = slot.Info;
        var known = info?.Kind == JsonTypeInfoKind.Object ? info.Properties.Where(p => p.Get is not null || p.Set is not null || p.AssociatedParameter is not null).ToList() : null;
        var open = known is null || info!.Properties.Any(p => p.IsExtensionData);
        var comparer = options.PropertyNameCaseInsensitive ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var seen = new HashSet<string>(comparer);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name;
            try
            {
                name = reader.GetString()!;
            }
            catch (InvalidOperationException)
            {
                errors.Add(field, "A property name is not valid text (a lone UTF-16 surrogate or invalid UTF-8).");
                reader.Read();
                reader.Skip();
                continue;
            }

            var child = Join(field, name);
            if (!seen.Add(name))
            {
                errors.Add(child, "Given more than once; send each property once.");
            }

            Slot childSlot;
            if (known is not null)
            {
                var property = known.FirstOrDefault(p => comparer.Equals(p.Name, name));
                if (property is null && !open)
                {
                    var suggestion = NameSuggestion.Closest(name, known.Select(p => p.Name));
                    errors.Add(child, $"Unknown property '{name}'." + (suggestion is null ? "" : $" Did you mean '{suggestion}'?"));
                }

                childSlot = property is null ? new Slot(null, null) : Property(property);
            }
            else
            {
                // A dictionary's values have its element type; anything else is open.
                childSlot = info?.Kind == JsonTypeInfoKind.Dictionary ? Contract(info.ElementType) : new Slot(null, null);
                if (info?.Kind == JsonTypeInfoKind.Dictionary && TextRules.Problem(name, singleLine: true, TextRules.NameMaxLength) is { } keyProblem)
                {
                    errors.Add(child, keyProblem);
                }
            }

            reader.Read();
            Value(ref reader, childSlot, child, ref path);
            path = field;
        }
    }

    private void ArrayValue(ref Utf8JsonReader reader, Slot slot, string field, ref string path)
    {
        var element = slot.Info?.Kind == JsonTypeInfoKind.Enumerable ? Contract(slot.Info.ElementType) : new Slot(null, null);
        // An element's text follows the rules of the property that holds the list (a list of names is names).
        element = element with { IsName = slot.IsName, MaxLength = slot.MaxLength, Range = slot.Range };
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var child = $"{field}[{index++}]";
            if (reader.TokenType == JsonTokenType.Null)
            {
                errors.Add(child, "Must not be null: a list holds no empty entries.");
                continue;
            }

            Value(ref reader, element, child, ref path);
            path = field;
        }
    }

    private void Text(ref Utf8JsonReader reader, Slot slot, string field)
    {
        string text;
        try
        {
            text = reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            errors.Add(field, "Not valid text: a lone UTF-16 surrogate (e.g. \\ud800) or invalid UTF-8.");
            return;
        }

        var maxLength = slot.MaxLength ?? (slot.IsName ? TextRules.NameMaxLength : TextRules.TextMaxLength);
        if (TextRules.Problem(text, slot.IsName, maxLength) is { } problem)
        {
            errors.Add(field, problem);
            return;
        }

        var type = slot.Type;
        if (type is null)
        {
            return;
        }

        if (type.IsEnum)
        {
            var choices = Enum.GetNames(type).Select(n => JsonNamingPolicy.KebabCaseLower.ConvertName(n)).ToList();
            if (!choices.Contains(text, StringComparer.OrdinalIgnoreCase))
            {
                errors.Add(field, $"'{text}' is not one of {string.Join(", ", choices)}.");
            }

            return;
        }

        if (DateOf(text, type) is { } date)
        {
            Dates(date, slot, field);
        }
    }

    private static DateOnly? DateOf(string text, Type type)
    {
        if (type == typeof(DateOnly))
        {
            return DateOnly.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        }

        if (type == typeof(DateTime) || type == typeof(DateTimeOffset))
        {
            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? DateOnly.FromDateTime(t.UtcDateTime) : null;
        }

        return null;
    }

    private void Dates(DateOnly date, Slot slot, string field)
    {
        var (earliest, latest) = slot.Range is { Minimum: string min, Maximum: string max }
            ? (DateOnly.Parse(min, CultureInfo.InvariantCulture), DateOnly.Parse(max, CultureInfo.InvariantCulture))
            : (new DateOnly(EarliestYear, 1, 1), today.AddYears(YearsAhead));
        if (date < earliest || date > latest)
        {
            errors.Add(field, $"Must fall between {earliest:yyyy-MM-dd} and {latest:yyyy-MM-dd}.");
        }
    }

    private void Number(ref Utf8JsonReader reader, Slot slot, string field)
    {
        if (!reader.TryGetDouble(out var number) || !double.IsFinite(number))
        {
            errors.Add(field, "Not a finite number.");
            return;
        }

        if (slot.Range is { } range && range.OperandType != typeof(DateOnly) && !range.IsValid(number))
        {
            errors.Add(field, $"Must be between {range.Minimum} and {range.Maximum}.");
        }
    }

    private static string Join(string parent, string name) => parent == BodyField ? name : $"{parent}.{name}";

    private static string Describe(Type type) =>
        type.IsArray || (type.IsGenericType && typeof(System.Collections.IEnumerable).IsAssignableFrom(type) && type != typeof(string)) ? "array" : "object";
}
