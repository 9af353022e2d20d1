using Kunpeng.Abstractions;

namespace Kunpeng.PluginKit;

/// <summary>
/// A hard, general or preference condition: its check decides met / not met / undecided. The kind is
/// not consulted here: what a not-met outcome means for the verdict (reject, needs the panel's
/// justification, only ranks) is the host's rule, the same for every domain.
/// </summary>
internal sealed class CheckedCondition(ConditionDefinition definition, Check check) : Condition(definition)
{
    public override IEnumerable<FactDefinition> Facts => check.Facts;

    public override ConditionOutcome Assess(CandidateProfile profile, DateOnly referenceDate) =>
        check.Evaluate(profile, referenceDate).ToOutcome(Definition.Id);
}
