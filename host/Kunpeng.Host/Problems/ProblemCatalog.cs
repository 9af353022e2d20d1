using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Kunpeng.Host.Problems;

/// <summary>
/// The translations of one language, able to translate a message that was written with its values
/// filled in: an exact key first; then a key with placeholders whose text around them matches (the
/// values are kept, and translated too when they are keys themselves, such as a stage or an entity
/// name); then sentence by sentence, for a message made of several. Whatever matches nothing stays as written.
/// </summary>
internal sealed partial class ProblemCatalog
{
    private readonly Dictionary<string, string> _exact;
    private readonly List<(Regex Pattern, string Translation)> _templates;

    public ProblemCatalog(IEnumerable<KeyValuePair<string, string>> translations)
    {
        // Resource names are unique regardless of case: "Not Found" (ASP.NET Core's title) and "not found" are one key.
        _exact = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var templates = new List<(Regex, string, int)>();
        foreach (var (key, value) in translations)
        {
            _exact[key] = value;
            if (Placeholder().IsMatch(key))
            {
                templates.Add((PatternOf(key), value, Placeholder().Replace(key, "").Length));
            }
        }

        // The template with the most fixed text is the most specific.
        _templates = templates.OrderByDescending(t => t.Item3).Select(t => (t.Item1, t.Item2)).ToList();
    }

    public bool IsEmpty => _exact.Count == 0;

    /// <summary>The translation of <paramref name="text"/>, or null when nothing in it is known.</summary>
    public string? Translate(string? text)
    {
        if (string.IsNullOrEmpty(text) || IsEmpty)
        {
            return null;
        }

        return Whole(text) ?? Sentences(text);
    }

    private string? Whole(string text)
    {
        if (_exact.TryGetValue(text, out var exact))
        {
            return exact;
        }

        foreach (var (pattern, translation) in _templates)
        {
            var match = pattern.Match(text);
            if (match.Success)
            {
                var values = match.Groups.Cast<Group>().Skip(1).Select(g => (object)(_exact.GetValueOrDefault(g.Value) ?? g.Value)).ToArray();
                return string.Format(CultureInfo.InvariantCulture, translation, values);
            }
        }

        return null;
    }

    private string? Sentences(string text)
    {
        var parts = SentenceEnd().Split(text);
        if (parts.Length < 2)
        {
            return null;
        }

        var translated = new StringBuilder();
        var any = false;
        foreach (var part in parts)
        {
            var own = Whole(part);
            any |= own is not null;
            translated.Append(own ?? part + " ");
        }

        return any ? translated.ToString().TrimEnd() : null;
    }

    private static Regex PatternOf(string key)
    {
        var pattern = new StringBuilder("^");
        var last = 0;
        foreach (Match placeholder in Placeholder().Matches(key))
        {
            pattern.Append(Regex.Escape(key[last..placeholder.Index])).Append("(.+?)");
            last = placeholder.Index + placeholder.Length;
        }

        pattern.Append(Regex.Escape(key[last..])).Append('$');
        return new Regex(pattern.ToString(), RegexOptions.Singleline | RegexOptions.CultureInvariant);
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    // After a sentence's full stop (or question mark) and before the next sentence's capital letter.
    [GeneratedRegex(@"(?<=[.?!])\s+(?=[A-Z'(])")]
    private static partial Regex SentenceEnd();
}
