using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Kunpeng.Host.Eligibility.Profiles;

/// <summary>
/// Reads one fact value at the reader's current token. A value of the wrong type or out of range is
/// recorded on the profile under its path and skipped, never thrown: a bureau officer fixing a
/// spreadsheet wants every bad cell in one answer, not one per round trip. JSON null is "not given".
/// </summary>
internal static class JsonFactReader
{
    /// <summary>The word a qualification grade takes when none is held (<see cref="SharedFacts.NoneHeld"/>).</summary>
    private static ReadOnlySpan<byte> NoneHeld => "none"u8;

    public static string? String(ref Utf8JsonReader reader, ProfileInput profile, FactPath path)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                return reader.GetString();
            default:
                Mismatch(ref reader, profile, path, "a string");
                return null;
        }
    }

    public static DateOnly? Date(ref Utf8JsonReader reader, ProfileInput profile, FactPath path)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                // The common case, an unescaped 10-byte value, parses from the stack.
                Span<char> chars = stackalloc char[10];
                if (!reader.ValueIsEscaped && !reader.HasValueSequence && reader.ValueSpan.Length == 10
                    && Encoding.UTF8.TryGetChars(reader.ValueSpan, chars, out var written) && written == 10
                    && TryParseDate(chars, out var date))
                {
                    return date;
                }

                var text = reader.GetString()!;
                if (TryParseDate(text, out date))
                {
                    return date;
                }

                profile.AddReadError(path.ToString(), $"'{text}' is not a valid date: expected a calendar date written yyyy-MM-dd.");
                return null;
            default:
                Mismatch(ref reader, profile, path, "a date string (yyyy-MM-dd)");
                return null;
        }
    }

    public static bool? Boolean(ref Utf8JsonReader reader, ProfileInput profile, FactPath path)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            default:
                Mismatch(ref reader, profile, path, "true or false");
                return null;
        }
    }

    /// <summary>A number of at least <paramref name="minimum"/> (years and amounts are never negative).</summary>
    public static decimal? Number(ref Utf8JsonReader reader, ProfileInput profile, FactPath path, decimal minimum = 0)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number when reader.TryGetDecimal(out var value):
                if (value < minimum)
                {
                    profile.AddReadError(path.ToString(), minimum == 0 ? $"{value} is negative; it must be 0 or more." : $"{value} is below the minimum {minimum}.");
                    return null;
                }

                return value;
            case JsonTokenType.Number:
                profile.AddReadError(path.ToString(), "The number is out of range.");
                return null;
            default:
                Mismatch(ref reader, profile, path, "a number");
                return null;
        }
    }

    /// <summary>A whole number from <paramref name="minimum"/> to <paramref name="maximum"/>, both included.</summary>
    public static int? Integer(ref Utf8JsonReader reader, ProfileInput profile, FactPath path, int minimum, int maximum = int.MaxValue)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number when reader.TryGetInt32(out var value):
                if (value < minimum || value > maximum)
                {
                    profile.AddReadError(path.ToString(), maximum == int.MaxValue
                        ? $"{value} is below the minimum {minimum}."
                        : $"{value} is out of range: it must be from {minimum} to {maximum}.");
                    return null;
                }

                return value;
            case JsonTokenType.Number:
                profile.AddReadError(path.ToString(), reader.TryGetDecimal(out var number) && number == decimal.Truncate(number)
                    ? $"{number} is out of range."
                    : $"{Encoding.UTF8.GetString(reader.ValueSpan)} is not a whole number.");
                return null;
            default:
                Mismatch(ref reader, profile, path, "a whole number");
                return null;
        }
    }

    /// <summary>
    /// A qualification grade from <paramref name="minimum"/> to <paramref name="maximum"/>, or the word
    /// <c>none</c> (<paramref name="none"/> true, no grade): the candidate holds no such qualification,
    /// which is a fact, unlike a grade not given (null).
    /// </summary>
    public static int? GradeOrNone(ref Utf8JsonReader reader, ProfileInput profile, FactPath path, int minimum, int maximum, out bool none)
    {
        none = false;
        switch (reader.TokenType)
        {
            case JsonTokenType.String when reader.ValueTextEquals(NoneHeld):
                none = true;
                return null;
            case JsonTokenType.String:
                profile.AddReadError(path.ToString(),
                    $"'{reader.GetString()}' is not allowed: a whole number from {minimum} to {maximum}, or 'none' when no such qualification is held.");
                return null;
            case JsonTokenType.Null or JsonTokenType.Number:
                return Integer(ref reader, profile, path, minimum, maximum);
            default:
                Mismatch(ref reader, profile, path, $"a whole number from {minimum} to {maximum}, or 'none'");
                return null;
        }
    }

    /// <summary>One of the enum's kebab-case names; an unknown name is reported with the allowed ones.</summary>
    public static TEnum? Enum<TEnum>(ref Utf8JsonReader reader, ProfileInput profile, FactPath path) where TEnum : struct, Enum
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String when KebabEnum<TEnum>.TryMatch(ref reader, out var value):
                return value;
            case JsonTokenType.String:
                profile.AddReadError(path.ToString(), $"'{reader.GetString()}' is not an allowed value; allowed: {KebabEnum<TEnum>.Allowed}.");
                return null;
            default:
                Mismatch(ref reader, profile, path, $"one of the strings {KebabEnum<TEnum>.Allowed}");
                return null;
        }
    }

    /// <summary>Records a value of the wrong JSON type and moves past it.</summary>
    public static void Mismatch(ref Utf8JsonReader reader, ProfileInput profile, FactPath path, string expected)
    {
        profile.AddReadError(path.ToString(), $"Expected {expected}, got {Describe(reader.TokenType)}.");
        reader.Skip();
    }

    /// <summary>The JSON type of a token, as a person would say it.</summary>
    public static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    /// <summary>Strict yyyy-MM-dd: a date written any other way is ambiguous across locales.</summary>
    public static bool TryParseDate(ReadOnlySpan<char> text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
