using Kunpeng.Abstractions;

namespace Kunpeng.Host.Api.Models;

/// <summary>A fact a domain's conditions read.</summary>
/// <param name="Name">camelCase JSON name, or dotted path inside the profile (enterprise.annualRevenue).</param>
/// <param name="Type">string, date, integer, number, boolean, enum, array or object.</param>
/// <param name="Meaning">What the fact means.</param>
/// <param name="AllowedValues">For enum facts, the allowed kebab-case values; otherwise null.</param>
/// <param name="Min">Inclusive lower bound for numbers, or null.</param>
/// <param name="Max">Inclusive upper bound for numbers, or null.</param>
/// <param name="Shared">True for a fact of the shared profile vocabulary; false for one the plugin declares as its own.</param>
public sealed record FactView(string Name, FactType Type, string Meaning, IReadOnlyList<string>? AllowedValues, decimal? Min, decimal? Max, bool Shared);
