namespace Kunpeng.Host.Plugins;

/// <summary>What the host knows of one plugin folder after the last scan.</summary>
/// <param name="Folder">Folder name under the plugins directory.</param>
/// <param name="Id">Domain id from the manifest, when it could be read.</param>
/// <param name="Version">Plugin version from the manifest, when it could be read.</param>
/// <param name="ContractVersion">Contract version the plugin was built against, when known.</param>
/// <param name="Status">Active, or why it was set aside.</param>
/// <param name="Reason">For a plugin set aside: what went wrong and what to do about it.</param>
/// <param name="NameZh">Domain name (Chinese) when loaded.</param>
/// <param name="NameEn">Domain name (English) when loaded.</param>
/// <param name="AttemptedAt">When the host tried to load it.</param>
/// <param name="LoadDuration">How long loading took.</param>
public sealed record PluginState(
    string Folder,
    string? Id,
    string? Version,
    string? ContractVersion,
    PluginStatus Status,
    string? Reason,
    string? NameZh,
    string? NameEn,
    DateTimeOffset AttemptedAt,
    TimeSpan LoadDuration);
