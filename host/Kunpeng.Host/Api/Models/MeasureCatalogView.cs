namespace Kunpeng.Host.Api.Models;

/// <summary>A domain's main measures (主要措施), the defaults its bureau plans trainings from.</summary>
/// <param name="DomainId">Domain id.</param>
/// <param name="PluginVersion">Version of the plugin whose catalogue this is.</param>
/// <param name="Measures">Every measure, in the order of the rules.</param>
public sealed record MeasureCatalogView(string DomainId, string PluginVersion, IReadOnlyList<MeasureView> Measures);
