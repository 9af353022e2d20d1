using Kunpeng.Abstractions;

namespace Kunpeng.Host.Eligibility;

/// <summary>
/// Pairs a plugin's outcomes with the definitions they answer. The contract promises definition
/// order, so the pairing first tries the same index (no lookup on the hot path) and only then
/// searches by id; a definition without an outcome, or an outcome without a definition, is a
/// broken contract rather than something to guess around.
/// </summary>
internal static class OutcomeMatching
{
    /// <summary>The outcome for <paramref name="definition"/>, expected at <paramref name="index"/>.</summary>
    public static ConditionOutcome For(IReadOnlyList<ConditionOutcome> outcomes, ConditionDefinition definition, int index)
    {
        if (index < outcomes.Count && string.Equals(outcomes[index].ConditionId, definition.Id, StringComparison.Ordinal))
        {
            return outcomes[index];
        }

        for (var i = 0; i < outcomes.Count; i++)
        {
            if (string.Equals(outcomes[i].ConditionId, definition.Id, StringComparison.Ordinal))
            {
                return outcomes[i];
            }
        }

        throw new CriteriaContractViolationException($"No outcome was reported for condition '{definition.Id}'.");
    }

    /// <summary>The same, over a span: what the verdict derivation reads, once per condition per profile.</summary>
    public static ConditionOutcome For(ReadOnlySpan<ConditionOutcome> outcomes, ConditionDefinition definition, int index)
    {
        if (index < outcomes.Length && string.Equals(outcomes[index].ConditionId, definition.Id, StringComparison.Ordinal))
        {
            return outcomes[index];
        }

        for (var i = 0; i < outcomes.Length; i++)
        {
            if (string.Equals(outcomes[i].ConditionId, definition.Id, StringComparison.Ordinal))
            {
                return outcomes[i];
            }
        }

        throw new CriteriaContractViolationException($"No outcome was reported for condition '{definition.Id}'.");
    }

    /// <summary>Refuses outcomes beyond the defined conditions (every definition is matched separately).</summary>
    public static void CheckCount(ReadOnlySpan<ConditionDefinition> definitions, ReadOnlySpan<ConditionOutcome> outcomes)
    {
        if (outcomes.Length != definitions.Length)
        {
            throw new CriteriaContractViolationException(
                $"{outcomes.Length} outcome(s) were reported for {definitions.Length} condition(s): " +
                $"[{string.Join(", ", outcomes.ToArray().Select(o => o.ConditionId))}] against [{string.Join(", ", definitions.ToArray().Select(d => d.Id))}].");
        }
    }

    /// <summary>The assessment of <paramref name="tier"/>, expected at <paramref name="index"/>.</summary>
    public static TierAssessment For(IReadOnlyList<TierAssessment> assessments, TierCriteria tier, int index)
    {
        if (index < assessments.Count && string.Equals(assessments[index].TierId, tier.TierId, StringComparison.Ordinal))
        {
            return assessments[index];
        }

        for (var i = 0; i < assessments.Count; i++)
        {
            if (string.Equals(assessments[i].TierId, tier.TierId, StringComparison.Ordinal))
            {
                return assessments[i];
            }
        }

        throw new CriteriaContractViolationException($"No assessment was reported for tier '{tier.TierId}'.");
    }

    /// <summary>
    /// The outcome of an any-of alternative, or null when the plugin did not report it: alternatives
    /// only explain the group's own outcome, which the verdict is derived from, so a gap here costs
    /// an explanation, not correctness.
    /// </summary>
    public static ConditionOutcome? Alternative(IReadOnlyList<ConditionOutcome> alternatives, ConditionDefinition definition, int index)
    {
        if (index < alternatives.Count && string.Equals(alternatives[index].ConditionId, definition.Id, StringComparison.Ordinal))
        {
            return alternatives[index];
        }

        for (var i = 0; i < alternatives.Count; i++)
        {
            if (string.Equals(alternatives[i].ConditionId, definition.Id, StringComparison.Ordinal))
            {
                return alternatives[i];
            }
        }

        return null;
    }
}
