namespace Kunpeng.Host.Eligibility;

/// <summary>What went wrong with an eligibility request, for the endpoint to answer as a problem.</summary>
/// <param name="Kind">Which kind of problem, hence which status.</param>
/// <param name="Title">A short summary.</param>
/// <param name="Detail">What happened and what to do.</param>
/// <param name="Errors">For invalid input: reasons by JSON path (e.g. <c>profiles[3].profile.birthDate</c>).</param>
/// <param name="DomainId">The domain concerned, when one is.</param>
public sealed record EligibilityProblem(
    EligibilityProblemKind Kind,
    string Title,
    string Detail,
    IReadOnlyDictionary<string, string[]>? Errors = null,
    string? DomainId = null);
