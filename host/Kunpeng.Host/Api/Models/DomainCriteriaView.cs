namespace Kunpeng.Host.Api.Models;

/// <summary>A domain's selection conditions (选拔条件), tier by tier, and the facts they read.</summary>
/// <param name="DomainId">Domain id.</param>
/// <param name="PluginVersion">Version of the plugin whose criteria these are.</param>
/// <param name="Tiers">Each tier's conditions, in the order of the rules.</param>
/// <param name="Facts">Every fact any condition reads, with its type and allowed values: what a profile may carry for this domain.</param>
public sealed record DomainCriteriaView(string DomainId, string PluginVersion, IReadOnlyList<TierCriteriaView> Tiers, IReadOnlyList<FactView> Facts);
