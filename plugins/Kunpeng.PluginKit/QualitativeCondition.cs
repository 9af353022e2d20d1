using Kunpeng.Abstractions;

namespace Kunpeng.PluginKit;

/// <summary>Character, reputation, ability: no fact decides it, so it always awaits the review panel.</summary>
internal sealed class QualitativeCondition(ConditionDefinition definition) : Condition(definition)
{
    // Always the same, and immutable: made once.
    private readonly ConditionOutcome awaitsPanel =
        new(definition.Id, ConditionStatus.AwaitsPanel, Found: null, Required: null, MissingFacts: [], Alternatives: []);

    public override IEnumerable<FactDefinition> Facts => [];

    public override ConditionOutcome Assess(CandidateProfile profile, DateOnly referenceDate) => awaitsPanel;
}
