using Kunpeng.Abstractions;

namespace Kunpeng.Eligibility.Tests.Support;

/// <summary>Short builders for condition definitions and outcomes.</summary>
internal static class Conditions
{
    public static ConditionDefinition Define(string id, ConditionKind kind, params string[] facts) =>
        new(id, "三.1.(1)", $"条款 {id}", kind, ConditionSubject.Person, facts, []);

    public static ConditionDefinition AnyOf(string id, ConditionKind kind, params ConditionDefinition[] alternatives) =>
        new(id, "三.1.(2)", $"具备下列条件之一 {id}", kind, ConditionSubject.Person, [], alternatives);

    public static ConditionOutcome Outcome(string id, ConditionStatus status, params string[] missingFacts) =>
        new(id, status, status == ConditionStatus.Met ? "found" : null, "required", missingFacts, []);

    public static ConditionOutcome Group(string id, ConditionStatus status, params ConditionOutcome[] alternatives) =>
        new(id, status, null, "any one of", [], alternatives);
}
