namespace Kunpeng.Host.Plugins;

/// <summary>What reloading or removing one plugin folder did.</summary>
/// <param name="Kind">Added, replaced, refused or retired.</param>
/// <param name="State">The folder's state after the change.</param>
/// <param name="PreviousVersion">The version served before, if any.</param>
public sealed record PluginChange(PluginChangeKind Kind, PluginState State, string? PreviousVersion);
