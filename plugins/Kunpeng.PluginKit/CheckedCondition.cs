using Kunpeng.Abstractions;

namespace Kunpeng.PluginKit;

/// <summary>
/// A hard, general or preference condition: its check decides met / not met / undecided. The kind is
/// not consulted here: what a not-met outcome means for the verdict (reject, needs the panel's
/// justification, only ranks) is the host's rule, the same for every domain.
/// </summary>
internal sealed class CheckedCondition(ConditionDefinition definition, Check check) : Condition(definition)
{
    // Checks hand out the same result instance for recurring cases (a missing fact, yes / no, a level,
    // an age): a result seen twice in a row is kept with its outcome, so a batch of nominees who all
    // lack this domain's facts gets one outcome object, not one each. Both are immutable; a race
    // between requests only costs a miss. (Keeping several was tried: slower than it saves.)
    private CheckResult? last;
    private Kept? kept;

    public override IEnumerable<FactDefinition> Facts => check.Facts;

    public override ConditionOutcome Assess(CandidateProfile profile, DateOnly referenceDate)
    {
        var result = check.Evaluate(profile, referenceDate);
        var known = kept;
        if (known is not null && ReferenceEquals(known.Result, result))
        {
            return known.Outcome;
        }

        var outcome = result.ToOutcome(Definition.Id);
        if (ReferenceEquals(last, result))
        {
            kept = new Kept(result, outcome);
        }

        last = result;
        return outcome;
    }

    private sealed record Kept(CheckResult Result, ConditionOutcome Outcome);
}
