using Kunpeng.Host.Measures;

namespace Kunpeng.Host.Api.Models;

/// <summary>A domain's effective measures catalogue (主要措施): the plugin's defaults with the bureau's changes.</summary>
/// <param name="DomainId">Domain id.</param>
/// <param name="PluginVersion">Version of the plugin whose defaults lie under the bureau's changes.</param>
/// <param name="Measures">The entries: defaults in the rules' order (customized ones in place), then edits of defaults the plugin no longer ships, then bureau-added ones.</param>
/// <param name="IncludesRetired">Whether retired entries are listed (?includeRetired=true); otherwise only the plannable ones are.</param>
/// <param name="DefaultChanges">Ids of the entries whose plugin default changed under the bureau's edit (each flagged defaultChanged).</param>
public sealed record MeasureCatalogView(
    string DomainId,
    string PluginVersion,
    IReadOnlyList<MeasureView> Measures,
    bool IncludesRetired,
    IReadOnlyList<string> DefaultChanges)
{
    public static MeasureCatalogView Of(EffectiveCatalogue catalogue, bool includeRetired) => new(
        catalogue.DomainId,
        catalogue.PluginVersion,
        catalogue.Measures.Where(m => includeRetired || !m.Retired).Select(MeasureView.Of).ToList(),
        includeRetired,
        catalogue.Measures.Where(m => m.DefaultChanged).Select(m => m.Id).ToList());
}
