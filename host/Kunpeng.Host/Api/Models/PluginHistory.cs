namespace Kunpeng.Host.Api.Models;

/// <summary>Every version of a plugin deployed and every deployment event.</summary>
/// <param name="Id">Plugin (domain) id.</param>
/// <param name="CurrentVersion">The version serving now, or null when none does.</param>
/// <param name="Versions">Versions seen, oldest first.</param>
/// <param name="Events">Deployment events, oldest first.</param>
public sealed record PluginHistory(string Id, string? CurrentVersion, IReadOnlyList<PluginVersionView> Versions, IReadOnlyList<PluginEventView> Events);

/// <summary>A version of a plugin the host has seen.</summary>
/// <param name="Version">Plugin version.</param>
/// <param name="ContractVersion">Contract it was built against.</param>
/// <param name="FirstSeen">When the host first saw it.</param>
/// <param name="LastLoaded">When it last loaded successfully, or null if it never did.</param>
/// <param name="LastStatus">Its status at the last attempt.</param>
/// <param name="LastReason">Why it was last refused, if it was.</param>
public sealed record PluginVersionView(string Version, string? ContractVersion, DateTime FirstSeen, DateTime? LastLoaded, string LastStatus, string? LastReason);

/// <summary>One deployment event.</summary>
/// <param name="At">When.</param>
/// <param name="Event">loaded, added, replaced, refused or retired.</param>
/// <param name="Version">The version concerned.</param>
/// <param name="PreviousVersion">The version served before, if any.</param>
/// <param name="Folder">The plugin folder.</param>
/// <param name="Reason">For refusals: why.</param>
public sealed record PluginEventView(DateTime At, string Event, string? Version, string? PreviousVersion, string Folder, string? Reason);
