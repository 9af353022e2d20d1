using System.Globalization;
using Kunpeng.Host.Problems;

namespace Kunpeng.Host.Workflow;

/// <summary>
/// Collects every problem with a request before anything is written, each under the JSON path of
/// the field (e.g. <c>items[1].measureId</c>), and throws one 400 naming them all: the one error
/// collector of the workflow and the api, with parsing helpers for text and dates.
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public bool Has(string field) => _errors.ContainsKey(field);

    public void Add(string field, string reason)
    {
        if (!_errors.TryGetValue(field, out var reasons))
        {
            _errors[field] = reasons = [];
        }

        reasons.Add(reason);
    }

    /// <summary>The trimmed text, or null after recording "Required." (or a length problem).</summary>
    public string? Text(string field, string? value, int maxLength = 2000, bool required = true)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (required)
            {
                Add(field, "Required.");
            }

            return null;
        }

        if (text.Length > maxLength)
        {
            Add(field, $"At most {maxLength} characters.");
            return null;
        }

        return text;
    }

    /// <summary>An ISO date (yyyy-MM-dd), or null after recording why not.</summary>
    public DateOnly? Date(string field, string? value, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                Add(field, "Required (yyyy-MM-dd).");
            }

            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Add(field, $"'{value}' is not a date (yyyy-MM-dd).");
        return null;
    }

    /// <summary>A kebab-case enum name as the API writes it (e.g. <c>in-progress</c>), or null after recording the choices.</summary>
    public TEnum? Enum<TEnum>(string field, string? value, bool required = true) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                Add(field, $"Required: one of {string.Join(", ", Choices<TEnum>())}.");
            }

            return null;
        }

        foreach (var candidate in System.Enum.GetValues<TEnum>())
        {
            if (string.Equals(WireNames.Of(candidate), value.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        Add(field, $"'{value}' is not one of {string.Join(", ", Choices<TEnum>())}.");
        return null;
    }

    /// <summary>Records a problem with a date's year.</summary>
    public void InYear(string field, DateOnly? date, int year)
    {
        if (date is { } d && d.Year != year)
        {
            Add(field, $"Must fall in the cycle year {year}.");
        }
    }

    public void ThrowIfAny()
    {
        if (Any)
        {
            throw new InputValidationException(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }
    }

    public static IEnumerable<string> Choices<TEnum>() where TEnum : struct, Enum =>
        System.Enum.GetValues<TEnum>().Select(v => WireNames.Of(v));

    /// <summary>Parses an optional list filter (query string), naming the parameter when it is not a known value.</summary>
    public static TEnum? Filter<TEnum>(string parameter, string? value) where TEnum : struct, Enum
    {
        var errors = new FieldErrors();
        var parsed = errors.Enum<TEnum>(parameter, value, required: false);
        errors.ThrowIfAny();
        return parsed;
    }
}
