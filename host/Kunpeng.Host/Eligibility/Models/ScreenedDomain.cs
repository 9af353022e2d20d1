namespace Kunpeng.Host.Eligibility.Models;

/// <summary>A domain a screening was run against.</summary>
/// <param name="DomainId">Domain id.</param>
/// <param name="NameZh">Chinese name of the domain.</param>
/// <param name="PluginVersion">The version of the plugin whose criteria were applied.</param>
public sealed record ScreenedDomain(string DomainId, string NameZh, string PluginVersion);
