namespace Kunpeng.Host.Eligibility;

/// <summary>Reasons by JSON path, gathered over a whole request so one answer names every bad field.</summary>
internal sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _byPath = new(StringComparer.Ordinal);

    public bool Any => _byPath.Count > 0;

    public int Count => _byPath.Count;

    public void Add(string path, string reason)
    {
        if (!_byPath.TryGetValue(path, out var reasons))
        {
            _byPath[path] = reasons = [];
        }

        reasons.Add(reason);
    }

    /// <summary>Adds errors found inside a profile, under the profile's own path.</summary>
    public void AddAll(string prefix, IEnumerable<KeyValuePair<string, string>> errors)
    {
        foreach (var (path, reason) in errors)
        {
            Add($"{prefix}.{path}", reason);
        }
    }

    public IReadOnlyDictionary<string, string[]> ToDictionary() =>
        _byPath.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    public EligibilityProblem ToProblem(string title) => new(
        EligibilityProblemKind.InvalidInput,
        title,
        Count == 1 ? "1 field is invalid; see errors, keyed by JSON path." : $"{Count} fields are invalid; see errors, keyed by JSON path.",
        ToDictionary());
}
