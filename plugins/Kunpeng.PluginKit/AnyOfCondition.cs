using Kunpeng.Abstractions;

namespace Kunpeng.PluginKit;

/// <summary>
/// "具备下列条件之一": met by any one alternative. When none is met, the order of what is reported
/// matters: an alternative only the panel can judge may still admit the candidate, so the group
/// awaits the panel (never not met) while one remains; then a missing fact keeps it undecided; only
/// when every alternative is not met is the group not met.
/// </summary>
internal sealed class AnyOfCondition(ConditionDefinition definition, IReadOnlyList<Condition> alternatives) : Condition(definition)
{
    /// <summary>What the group reports as required; each alternative reports its own.</summary>
    public const string RequiredZh = "满足下列条件之一";

    public override IEnumerable<FactDefinition> Facts => alternatives.SelectMany(a => a.Facts);

    public override ConditionOutcome Assess(CandidateProfile profile, DateOnly referenceDate)
    {
        var outcomes = new ConditionOutcome[alternatives.Count];
        bool met = false, awaitsPanel = false, undecided = false;
        for (var i = 0; i < outcomes.Length; i++)
        {
            var outcome = outcomes[i] = alternatives[i].Assess(profile, referenceDate);
            met |= outcome.Status == ConditionStatus.Met;
            awaitsPanel |= outcome.Status == ConditionStatus.AwaitsPanel;
            undecided |= outcome.Status == ConditionStatus.Undecided;
        }

        var status = met ? ConditionStatus.Met
            : awaitsPanel ? ConditionStatus.AwaitsPanel
            : undecided ? ConditionStatus.Undecided
            : ConditionStatus.NotMet;
        IReadOnlyList<string> missing = [];
        if (status == ConditionStatus.Undecided)
        {
            foreach (var outcome in outcomes)
            {
                missing = MissingFacts.Union(missing, outcome.MissingFacts);
            }
        }

        return new(Definition.Id, status, Found: null, RequiredZh, missing, outcomes);
    }
}
