namespace Kunpeng.Abstractions;

/// <summary>The conditions of one tier.</summary>
/// <param name="TierId">Matches <see cref="TierDefinition.Id"/>.</param>
/// <param name="PreambleZh">The tier's lead-in sentence from the rules (e.g. 需同时具备下列条件).</param>
/// <param name="Conditions">Top-level conditions; all must hold (an any-of group is one condition).</param>
public sealed record TierCriteria(string TierId, string PreambleZh, IReadOnlyList<ConditionDefinition> Conditions);
