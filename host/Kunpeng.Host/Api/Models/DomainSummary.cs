namespace Kunpeng.Host.Api.Models;

/// <summary>A domain being served, in brief.</summary>
/// <param name="Id">Domain id, e.g. education.</param>
/// <param name="NameZh">e.g. 教育.</param>
/// <param name="NameEn">e.g. Education.</param>
/// <param name="PluginVersion">Version of the plugin serving it.</param>
/// <param name="OrganizerZh">The organizing bureau, e.g. 区教育局.</param>
/// <param name="OrganizerEn">The organizing bureau in English.</param>
public sealed record DomainSummary(string Id, string NameZh, string NameEn, string PluginVersion, string? OrganizerZh, string? OrganizerEn);
