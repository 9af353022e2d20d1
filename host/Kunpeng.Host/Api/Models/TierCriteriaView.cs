namespace Kunpeng.Host.Api.Models;

/// <summary>One tier's conditions.</summary>
/// <param name="Tier">Tier id: top / backbone (party-government: division / section).</param>
/// <param name="TierNameZh">The tier's Chinese name from the organizer, e.g. 拔尖人才.</param>
/// <param name="PreambleZh">The tier's lead-in sentence from the rules.</param>
/// <param name="Conditions">Top-level conditions, all of which must hold (an any-of group is one condition).</param>
public sealed record TierCriteriaView(string Tier, string? TierNameZh, string PreambleZh, IReadOnlyList<ConditionView> Conditions);
