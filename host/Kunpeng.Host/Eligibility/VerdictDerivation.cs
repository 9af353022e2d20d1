using Kunpeng.Abstractions;

namespace Kunpeng.Host.Eligibility;

/// <summary>
/// Derives a tier's verdict from the outcomes a plugin reported and the kinds of the conditions, the
/// same way for every domain: plugins say what each clause found, only the host says what that means.
/// </summary>
/// <remarks>
/// <para>Each condition contributes by its kind and status (preference conditions contribute nothing:
/// 优先 ranks candidates, it never rejects or holds one back):</para>
/// <list type="table">
/// <listheader><term>kind</term><description>met / not-met / undecided / awaits-panel</description></listheader>
/// <item><term>hard</term><description>— / ineligible / incomplete / pending-review</description></item>
/// <item><term>general (一般)</term><description>— / needs-exception / incomplete / pending-review</description></item>
/// <item><term>qualitative</term><description>— / pending-review / pending-review / pending-review</description></item>
/// </list>
/// <para>The tier takes the strongest contribution, in this precedence:
/// <c>ineligible</c> &gt; <c>incomplete</c> &gt; <c>needs-exception</c> &gt; <c>pending-review</c> &gt; <c>eligible</c>.</para>
/// <para>Why this order: a failed hard clause rejects whatever else is unknown, so it comes first.
/// Missing facts come before a failed general clause because the officer can fix them, and the
/// missing facts may turn out to fail a hard clause. An exception needs the panel's recorded
/// justification on top of its ordinary review, so it outranks a plain panel review.</para>
/// <para>A hard clause can await the panel: an any-of group (culture: any one of membership,
/// accomplishment, works) whose checkable alternatives failed but whose qualitative ones only the
/// panel can judge is not ineligible; the plugin reports the group as awaiting the panel. A
/// qualitative condition is never the machine's to fail, so whatever the plugin reports other than
/// met leaves it with the panel.</para>
/// </remarks>
public static class VerdictDerivation
{
    private static readonly string[] None = [];

    /// <summary>Derives the verdict of one tier.</summary>
    /// <param name="conditions">The tier's top-level conditions (<see cref="TierCriteria.Conditions"/>).</param>
    /// <param name="outcomes">The plugin's outcome for each of them (<see cref="TierAssessment.Outcomes"/>).</param>
    /// <exception cref="CriteriaContractViolationException">The outcomes do not answer the conditions one for one.</exception>
    public static TierVerdict Derive(IReadOnlyList<ConditionDefinition> conditions, IReadOnlyList<ConditionOutcome> outcomes) =>
        Derive(ReadOnlyLists.AsSpan(conditions), outcomes);

    /// <summary>Derives the verdict of one tier whose conditions the caller holds as a span (a lease's copy).</summary>
    internal static TierVerdict Derive(ReadOnlySpan<ConditionDefinition> conditions, IReadOnlyList<ConditionOutcome> outcomes)
    {
        // Allocated only when something is not met or undecided: most tiers need none of them.
        var ids = new IdLists();
        List<string>? missing = null;
        var verdict = Derive(conditions, ReadOnlyLists.AsSpan(outcomes), ref ids, ref missing);
        return new TierVerdict(verdict, (IReadOnlyList<string>?)ids.NotMet ?? None, (IReadOnlyList<string>?)ids.Undecided ?? None,
            (IReadOnlyList<string>?)missing ?? None);
    }

    /// <summary>
    /// Derives the verdict of one tier, telling <paramref name="sink"/> which hard and general
    /// conditions are not met or undecided (by index and id, in definition order) and adding the
    /// missing facts to <paramref name="missing"/> (created on first use when null). The sink is a
    /// struct, so a caller screening many profiles can note them without allocating.
    /// </summary>
    /// <exception cref="CriteriaContractViolationException">The outcomes do not answer the conditions one for one.</exception>
    internal static Verdict Derive<TSink>(
        ReadOnlySpan<ConditionDefinition> conditions, ReadOnlySpan<ConditionOutcome> outcomes, ref TSink sink, ref List<string>? missing)
        where TSink : struct, IConditionSink
    {
        OutcomeMatching.CheckCount(conditions, outcomes);
        var hardNotMet = false;
        var generalNotMet = false;
        var anyUndecided = false;
        var awaitsPanel = false;

        for (var i = 0; i < conditions.Length; i++)
        {
            var definition = conditions[i];
            var outcome = OutcomeMatching.For(outcomes, definition, i);
            switch (definition.Kind, outcome.Status)
            {
                case (ConditionKind.Preference, _):
                case (_, ConditionStatus.Met):
                    break;
                case (ConditionKind.Qualitative, _):
                case (_, ConditionStatus.AwaitsPanel):
                    awaitsPanel = true;
                    break;
                case (ConditionKind.Hard, ConditionStatus.NotMet):
                    hardNotMet = true;
                    sink.NotMet(i, definition.Id);
                    break;
                case (ConditionKind.General, ConditionStatus.NotMet):
                    generalNotMet = true;
                    sink.NotMet(i, definition.Id);
                    break;
                case (_, ConditionStatus.Undecided):
                    anyUndecided = true;
                    sink.Undecided(i, definition.Id);
                    AddMissingFacts(outcome, ref missing);
                    break;
                default:
                    throw new CriteriaContractViolationException(
                        $"Condition '{definition.Id}' has kind {(int)definition.Kind} or status {(int)outcome.Status}, which this host does not know.");
            }
        }

        return hardNotMet ? Verdict.Ineligible
            : anyUndecided ? Verdict.Incomplete
            : generalNotMet ? Verdict.NeedsException
            : awaitsPanel ? Verdict.PendingReview
            : Verdict.Eligible;
    }

    /// <summary>Is told, in definition order, of each hard or general condition that is not met or undecided.</summary>
    internal interface IConditionSink
    {
        void NotMet(int index, string id);

        void Undecided(int index, string id);
    }

    /// <summary>The ids as lists, created only when there is one to add.</summary>
    private struct IdLists : IConditionSink
    {
        public List<string>? NotMet;
        public List<string>? Undecided;

        void IConditionSink.NotMet(int index, string id) => (NotMet ??= []).Add(id);

        void IConditionSink.Undecided(int index, string id) => (Undecided ??= []).Add(id);
    }

    /// <summary>
    /// The group's own missing facts and, for an any-of group, those of its undecided alternatives:
    /// a plugin that names them only on the alternatives still gets them listed.
    /// </summary>
    private static void AddMissingFacts(ConditionOutcome outcome, ref List<string>? missing)
    {
        var facts = outcome.MissingFacts;
        for (var i = 0; i < facts.Count; i++)
        {
            missing ??= [];
            if (!missing.Contains(facts[i]))
            {
                missing.Add(facts[i]);
            }
        }

        var alternatives = outcome.Alternatives;
        for (var i = 0; i < alternatives.Count; i++)
        {
            if (alternatives[i].Status == ConditionStatus.Undecided)
            {
                AddMissingFacts(alternatives[i], ref missing);
            }
        }
    }
}
