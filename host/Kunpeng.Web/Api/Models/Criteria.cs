namespace Kunpeng.Web.Api.Models;

/// <summary>A domain's criteria and the facts they read (<c>GET /api/domains/{id}/criteria</c>).</summary>
public sealed record DomainCriteria(string DomainId, string PluginVersion, IReadOnlyList<TierCriteria> Tiers, IReadOnlyList<FactView> Facts);

public sealed record TierCriteria(string Tier, string TierNameZh, string? PreambleZh, IReadOnlyList<ConditionView> Conditions);

public sealed record ConditionView(
    string Id, string Clause, string TextZh, string Kind, string Subject, IReadOnlyList<string> Facts, IReadOnlyList<ConditionView>? AnyOf,
    string? InterpretationNote);

/// <summary>A fact a domain declares: its name (dotted for a nested one, <c>enterprise.industry</c>), type and bounds.</summary>
public sealed record FactView(string Name, string Type, string? Meaning, IReadOnlyList<string>? AllowedValues, double? Min, double? Max, bool Shared);

/// <summary>The domain's screening of a profile (<c>POST /api/domains/{id}/eligibility</c>).</summary>
public sealed record EligibilityResponse(string DomainId, string PluginVersion, DateOnly ReferenceDate, IReadOnlyList<TierResult> Tiers);

public sealed record TierResult(string Tier, string TierNameZh, string Verdict, IReadOnlyList<string> MissingFacts, IReadOnlyList<ConditionResult> Conditions);

/// <summary>One clause checked: its number, Chinese text, what was found and required, and the status.</summary>
public sealed record ConditionResult(
    string Id, string Clause, string TextZh, string Kind, string Status, string? Found, string? Required, IReadOnlyList<string>? MissingFacts,
    IReadOnlyList<ConditionResult>? Alternatives);
