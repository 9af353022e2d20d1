using Kunpeng.Host.Workflow.Plans;

namespace Kunpeng.Host.Measures;

/// <summary>
/// The domain terms steps 6–10 read, with the measures taken from the bureau's effective catalogue
/// instead of the plugin's defaults: a bureau-added measure can be planned, an edited one is planned
/// as edited, and a retired one is set aside in <see cref="DomainTerms.RetiredMeasures"/> so it can no
/// longer be newly planned. Registered in place of the plugin source it decorates.
/// </summary>
public sealed class EffectiveDomainTermsSource(IDomainTermsSource inner, MeasureCatalogService catalogue) : IDomainTermsSource
{
    public DomainTerms? Find(string domainId)
    {
        if (inner.Find(domainId) is not { } terms)
        {
            return null;
        }

        // Null only when the plugin went away between the two reads; an empty catalogue the plugin
        // does not ship and the bureau has not started keeps the terms' "no catalogue" as it is.
        if (catalogue.Find(domainId) is not { } effective || (!effective.PluginShipsCatalogue && effective.Measures.Count == 0))
        {
            return terms;
        }

        return terms with
        {
            Measures = effective.Measures.Where(m => !m.Retired).Select(Terms).ToArray(),
            RetiredMeasures = effective.Measures.Where(m => m.Retired).Select(Terms).ToArray(),
        };
    }

    private static MeasureTerms Terms(EffectiveMeasure m) => new(
        m.Id,
        m.Content.TitleZh,
        m.Content.FormsZh.ToArray(),
        m.Content.Targets.Select(t => new TargetTerms(t.Id, t.DescriptionZh, t.MinimumPerYear, t.ScopeZh)).ToArray());
}
