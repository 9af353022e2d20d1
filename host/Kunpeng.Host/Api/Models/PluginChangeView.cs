using Kunpeng.Host.Workflow;

namespace Kunpeng.Host.Api.Models;

/// <summary>What a reload did to one plugin folder.</summary>
/// <param name="Folder">The folder reloaded.</param>
/// <param name="Change">added, replaced, refused or retired.</param>
/// <param name="Id">Domain id.</param>
/// <param name="Version">The version the folder holds now.</param>
/// <param name="PreviousVersion">The version served before.</param>
/// <param name="Status">The folder's status after the change.</param>
/// <param name="Reason">Why a version was refused.</param>
public sealed record PluginChangeView(string Folder, string Change, string? Id, string? Version, string? PreviousVersion, string Status, string? Reason)
{
    public static PluginChangeView Of(Plugins.PluginChange c) =>
        new(c.State.Folder, WireNames.Of(c.Kind), c.State.Id, c.State.Version, c.PreviousVersion, WireNames.Of(c.State.Status), c.State.Reason);
}
