using Kunpeng.Abstractions;

namespace Kunpeng.PluginKit;

/// <summary>
/// What a <see cref="Check"/> found for one profile: met, not met, or undecided because facts are
/// missing. Never <see cref="ConditionStatus.AwaitsPanel"/>: a check decides from facts, and what
/// only the panel can judge is declared as a qualitative condition instead.
/// </summary>
public sealed record CheckResult
{
    private CheckResult(ConditionStatus status, string? found, string required, IReadOnlyList<string> missingFacts)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(required);
        Status = status;
        Found = found;
        Required = required;
        MissingFacts = missingFacts;
    }

    /// <summary>Met, not met or undecided.</summary>
    public ConditionStatus Status { get; }

    /// <summary>The value found, human-readable ("12 年"); null when the fact is missing.</summary>
    public string? Found { get; }

    /// <summary>The value required, human-readable ("≥ 10 年").</summary>
    public string Required { get; }

    /// <summary>The names of the facts whose absence left the check undecided; empty otherwise.</summary>
    public IReadOnlyList<string> MissingFacts { get; }

    /// <summary>The facts satisfy the requirement.</summary>
    public static CheckResult Met(string? found, string required) => new(ConditionStatus.Met, found, required, []);

    /// <summary>The facts are present and do not satisfy the requirement.</summary>
    public static CheckResult NotMet(string? found, string required) => new(ConditionStatus.NotMet, found, required, []);

    /// <summary>
    /// The facts needed to decide are missing. Name every one of them: the nominating unit is told
    /// exactly what to supply, and nothing is silently passed or failed.
    /// </summary>
    /// <param name="found">What was found among the facts present, or null.</param>
    /// <param name="required">The value required.</param>
    /// <param name="missingFacts">At least one fact name.</param>
    public static CheckResult Undecided(string? found, string required, params IEnumerable<string> missingFacts)
    {
        ArgumentNullException.ThrowIfNull(missingFacts);
        IReadOnlyList<string> missing = missingFacts is IReadOnlyList<string> { Count: 1 } one
            ? [one[0]]
            : [.. missingFacts.Distinct(StringComparer.Ordinal)];
        if (missing.Count == 0)
        {
            throw new ArgumentException("An undecided result names the facts that are missing.", nameof(missingFacts));
        }

        return new(ConditionStatus.Undecided, found, required, missing);
    }

    /// <summary>Undecided, naming <paramref name="missingFacts"/>: already distinct, non-empty and read-only, so taken as is.</summary>
    internal static CheckResult UndecidedDistinct(string? found, string required, IReadOnlyList<string> missingFacts) =>
        missingFacts.Count == 0
            ? throw new ArgumentException("An undecided result names the facts that are missing.", nameof(missingFacts))
            : new(ConditionStatus.Undecided, found, required, missingFacts);

    /// <summary>The condition's outcome carrying this result.</summary>
    internal ConditionOutcome ToOutcome(string conditionId) => new(conditionId, Status, Found, Required, MissingFacts, []);
}
