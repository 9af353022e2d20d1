namespace Kunpeng.Abstractions;

/// <summary>Who a domain plugin is: its stable id (kebab-case, e.g. <c>education</c>) and names.</summary>
/// <param name="Id">Stable domain id; also the plugin id in its manifest.</param>
/// <param name="NameZh">Chinese name of the domain, e.g. 教育.</param>
/// <param name="NameEn">English name of the domain, e.g. Education.</param>
public sealed record DomainDescriptor(string Id, string NameZh, string NameEn);
