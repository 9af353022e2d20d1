using System.Text.Json;
using Kunpeng.Abstractions;

namespace Kunpeng.Host.Eligibility.Profiles;

/// <summary>
/// Turns a raw value of a plugin-declared fact into the CLR value its <see cref="FactType"/> promises
/// the plugin (<see cref="CandidateProfile.AdditionalFacts"/>): string, <see cref="DateOnly"/>,
/// <see cref="long"/>, <see cref="decimal"/>, <see cref="bool"/>, the allowed string of an enum; an
/// array or object fact is handed over as its <see cref="JsonElement"/>, the only faithful form the
/// host has for a shape it does not know.
/// </summary>
internal static class DeclaredFactConverter
{
    /// <summary>The typed value, or the reason it is not acceptable.</summary>
    public static bool TryConvert(JsonElement value, FactDefinition fact, out object? result, out string? error)
    {
        result = null;
        error = null;
        switch (fact.Type)
        {
            case FactType.String when value.ValueKind == JsonValueKind.String:
                result = value.GetString()!;
                return true;
            case FactType.Date when value.ValueKind == JsonValueKind.String:
                if (JsonFactReader.TryParseDate(value.GetString(), out var date))
                {
                    result = date;
                    return true;
                }

                error = $"'{value.GetString()}' is not a valid date: expected a calendar date written yyyy-MM-dd.";
                return false;
            case FactType.Integer when value.ValueKind == JsonValueKind.Number:
                if (!value.TryGetInt64(out var integer))
                {
                    error = $"{value.GetRawText()} is not a whole number.";
                    return false;
                }

                return InRange(integer, fact, out error) && Set(integer, out result);
            case FactType.Number when value.ValueKind == JsonValueKind.Number:
                if (!value.TryGetDecimal(out var number))
                {
                    error = "The number is out of range.";
                    return false;
                }

                return InRange(number, fact, out error) && Set(number, out result);
            case FactType.Boolean when value.ValueKind is JsonValueKind.True or JsonValueKind.False:
                result = value.GetBoolean();
                return true;
            case FactType.Enum when value.ValueKind == JsonValueKind.String:
                var text = value.GetString()!;
                if (fact.AllowedValues is null || fact.AllowedValues.Contains(text, StringComparer.Ordinal))
                {
                    result = text;
                    return true;
                }

                error = $"'{text}' is not an allowed value; allowed: {string.Join(", ", fact.AllowedValues)}.";
                return false;
            case FactType.Array when value.ValueKind == JsonValueKind.Array:
            case FactType.Object when value.ValueKind == JsonValueKind.Object:
                result = value;
                return true;
            default:
                error = $"Expected {Expected(fact)}, got {Describe(value.ValueKind)}.";
                return false;
        }
    }

    private static bool Set(object value, out object? result)
    {
        result = value;
        return true;
    }

    private static bool InRange(decimal value, FactDefinition fact, out string? error)
    {
        error = (fact.Minimum, fact.Maximum) switch
        {
            ({ } min, { } max) when value < min || value > max => $"{value} is out of range: it must be from {min} to {max}.",
            ({ } min, null) when value < min => $"{value} is below the minimum {min}.",
            (null, { } max) when value > max => $"{value} is above the maximum {max}.",
            _ => null,
        };
        return error is null;
    }

    private static string Expected(FactDefinition fact) => fact.Type switch
    {
        FactType.String => "a string",
        FactType.Date => "a date string (yyyy-MM-dd)",
        FactType.Integer => "a whole number",
        FactType.Number => "a number",
        FactType.Boolean => "true or false",
        FactType.Enum when fact.AllowedValues is { } allowed => $"one of the strings {string.Join(", ", allowed)}",
        FactType.Enum => "a string",
        FactType.Array => "an array",
        FactType.Object => "an object",
        _ => fact.Type.ToString(),
    };

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => "null",
    };
}
