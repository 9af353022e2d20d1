namespace Kunpeng.Host.Eligibility.Profiles;

/// <summary>
/// Where a value sits inside a profile (<c>educationLevel</c>, <c>papers[1].year</c>,
/// <c>enterprise.industry</c>), kept in parts and written out only when an error needs it, so
/// reading a valid profile builds no path strings.
/// </summary>
internal readonly struct FactPath
{
    private readonly string _name;
    private readonly string? _parent;
    private readonly int _index;

    private FactPath(string? parent, int index, string name)
    {
        _parent = parent;
        _index = index;
        _name = name;
    }

    /// <summary>A top-level fact, or a dotted one such as <c>enterprise.industry</c>.</summary>
    public static FactPath Of(string name) => new(null, -1, name);

    /// <summary>A field of an array item: <c>papers[1].year</c>.</summary>
    public static FactPath Item(string array, int index, string field) => new(array, index, field);

    /// <summary>An array item itself: <c>papers[1]</c>.</summary>
    public static FactPath Item(string array, int index) => new(array, index, "");

    public override string ToString() => _parent is null
        ? _name
        : _name.Length == 0 ? $"{_parent}[{_index}]" : $"{_parent}[{_index}].{_name}";
}
