namespace Kunpeng.Abstractions;

/// <summary>
/// A fact a plugin reads, so the host can validate input and document it. Shared facts use their
/// camelCase JSON path (<c>birthDate</c>, <c>enterprise.annualRevenue</c>); a plugin's own facts
/// are read from <see cref="CandidateProfile.AdditionalFacts"/> under <see cref="Name"/>.
/// </summary>
/// <param name="Name">camelCase JSON name or dotted path.</param>
/// <param name="Type">Value type.</param>
/// <param name="Meaning">What the fact means, in a sentence.</param>
/// <param name="AllowedValues">
/// For <see cref="FactType.Enum"/>: the kebab-case values. For <see cref="FactType.Integer"/> (since
/// contract 1.1): the words accepted in place of a number, such as <c>none</c> for a qualification
/// grade the candidate does not hold. Otherwise null.
/// </param>
/// <param name="Minimum">Inclusive lower bound for numbers, or null.</param>
/// <param name="Maximum">Inclusive upper bound for numbers, or null.</param>
public sealed record FactDefinition(
    string Name,
    FactType Type,
    string Meaning,
    IReadOnlyList<string>? AllowedValues = null,
    decimal? Minimum = null,
    decimal? Maximum = null);
