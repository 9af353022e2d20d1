using System.Globalization;

namespace Kunpeng.Host.Workflow.Writing;

/// <summary>
/// What a request's If-Match says, read as RFC 9110 §13.1.1 reads it: absent; <c>*</c> (any current
/// version); or a list of entity tags, compared strongly, so a weak tag (<c>W/"3"</c>) never matches.
/// The write path decides what an absent or stale one means, at its place in the order of checks.
/// </summary>
public readonly record struct IfMatch
{
    private readonly int[]? _versions;

    private IfMatch(bool given, bool any, int[]? versions)
    {
        IsGiven = given;
        IsAny = any;
        _versions = versions;
    }

    /// <summary>No If-Match was sent.</summary>
    public static IfMatch Absent { get; } = new(false, false, null);

    /// <summary><c>If-Match: *</c>.</summary>
    public static IfMatch Any { get; } = new(true, true, null);

    public bool IsGiven { get; }

    public bool IsAny { get; }

    /// <summary>The strong tags' versions; empty when only weak or unreadable tags were sent.</summary>
    public IReadOnlyList<int> Versions => _versions ?? [];

    /// <summary>The version a client read, as If-Match: "3".</summary>
    public static IfMatch Version(int version) => new(true, false, [version]);

    /// <summary>Reads the header's value; null or blank is absent.</summary>
    public static IfMatch Parse(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return Absent;
        }

        if (header.Trim() == "*")
        {
            return Any;
        }

        var versions = new List<int>();
        foreach (var tag in header.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Strong comparison: a weak tag cannot match; a tag that is not one of ours cannot either.
            if (tag.Length >= 2 && tag[0] == '"' && tag[^1] == '"'
                && int.TryParse(tag.AsSpan(1, tag.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var version) && version > 0)
            {
                versions.Add(version);
            }
        }

        return new IfMatch(true, false, [.. versions]);
    }

    /// <summary>True when the condition holds for a record at <paramref name="version"/>.</summary>
    public bool Matches(int version) => IsAny || Versions.Contains(version);

    public static implicit operator IfMatch(int version) => Version(version);

    public override string ToString() => !IsGiven ? "(absent)" : IsAny ? "*" : string.Join(", ", Versions.Select(v => $"\"{v}\""));
}
