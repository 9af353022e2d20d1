namespace Kunpeng.Host.Api.Models;

/// <summary>A plugin folder as the host sees it.</summary>
/// <param name="Folder">Folder name under the plugins directory.</param>
/// <param name="Id">Domain id (from the manifest), when readable.</param>
/// <param name="NameZh">Domain name in Chinese, when loaded.</param>
/// <param name="NameEn">Domain name in English, when loaded.</param>
/// <param name="Version">Plugin version, when readable.</param>
/// <param name="ContractVersion">Contract version it was built against, when known.</param>
/// <param name="Status">active, malfunctioned, not-supported or conflicted.</param>
/// <param name="Reason">Why a plugin was set aside, and what to do; null when active.</param>
/// <param name="LoadedAt">When the host loaded (or tried to load) it.</param>
/// <param name="LoadMilliseconds">How long loading took.</param>
public sealed record PluginSummary(
    string Folder,
    string? Id,
    string? NameZh,
    string? NameEn,
    string? Version,
    string? ContractVersion,
    string Status,
    string? Reason,
    DateTimeOffset LoadedAt,
    double LoadMilliseconds);
