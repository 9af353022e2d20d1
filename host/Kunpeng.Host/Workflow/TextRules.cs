namespace Kunpeng.Host.Workflow;

/// <summary>
/// What a piece of text sent to the API may contain, wherever it enters (a JSON body, a file name of an
/// upload): no control characters (a NUL truncates text in other programs), no bidirectional formatting
/// characters (U+202E makes <c>invoice\u202efdp.exe</c> display as <c>invoiceexe.pdf</c>), and names on one
/// line. Free text keeps tabs and line breaks. Lengths are counted in UTF-16 code units, as stored.
/// </summary>
public static class TextRules
{
    /// <summary>The longest name (person, account, unit, file) any endpoint takes.</summary>
    public const int NameMaxLength = 200;

    /// <summary>The longest free text a field takes unless it says otherwise ([MaxLength]).</summary>
    public const int TextMaxLength = 2000;

    /// <summary>A JSON property holding a name (<c>name</c>, <c>displayName</c>, <c>fileName</c>, <c>userName</c>): one line, at most <see cref="NameMaxLength"/>.</summary>
    public static bool IsName(string jsonName) => jsonName.EndsWith("name", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why <paramref name="text"/> is refused, or null when it is fine.</summary>
    public static string? Problem(string text, bool singleLine, int maxLength)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                return $"Not valid text: a lone UTF-16 surrogate (U+{(int)c:X4}) at position {i + 1}.";
            }

            if (char.IsControl(c) && (singleLine || c is not ('\t' or '\n' or '\r')))
            {
                return singleLine && c is '\t' or '\n' or '\r'
                    ? $"Must be on one line: a line break or tab at position {i + 1}."
                    : $"Contains a control character (U+{(int)c:X4}) at position {i + 1}.";
            }

            if (IsBidiControl(c))
            {
                return $"Contains a bidirectional formatting character (U+{(int)c:X4}) at position {i + 1}, which can disguise text.";
            }
        }

        return text.Length > maxLength ? $"At most {maxLength} characters." : null;
    }

    /// <summary>The name of an uploaded file without its folder, or null after recording why it is refused.</summary>
    public static string? FileName(FieldErrors errors, string field, string? name, string fallback)
    {
        var file = Path.GetFileName(string.IsNullOrWhiteSpace(name) ? fallback : name.Trim());
        if (Problem(file, singleLine: true, NameMaxLength) is { } problem)
        {
            errors.Add(field, problem);
            return null;
        }

        return file;
    }

    private static bool IsBidiControl(char c) => c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
