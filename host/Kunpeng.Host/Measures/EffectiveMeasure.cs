namespace Kunpeng.Host.Measures;

/// <summary>One entry of a domain's effective measures catalogue: the plugin's default with the bureau's overlay applied.</summary>
/// <param name="DomainId">Domain.</param>
/// <param name="Id">Measure id, stable within the domain.</param>
/// <param name="Origin">Default as shipped, a default the bureau customized, or bureau-added.</param>
/// <param name="Content">What the entry says now (the bureau's edit where there is one).</param>
/// <param name="Retired">Retired entries are kept (filed plans refer to them) but cannot be newly planned.</param>
/// <param name="Version">The entry's version, also its ETag (1 for a default nobody has touched).</param>
/// <param name="DefaultChanged">
/// The plugin's default changed under the bureau's edit (a newer plugin version ships different
/// content, ships a default with the id of a bureau-added measure, or no longer ships it). The edit
/// is still what the entry says; the bureau accepts the new default or keeps its edit.
/// </param>
/// <param name="DefaultRemoved">The plugin no longer ships the default this edit was made over.</param>
/// <param name="BasedOnPluginVersion">For an edit of a default: the plugin version whose default it was based on.</param>
/// <param name="BasedOnDefault">When the default changed: the default content the edit was based on.</param>
/// <param name="CurrentDefault">When the default changed: what the current plugin version ships (null when removed).</param>
/// <param name="CurrentPluginVersion">Version of the plugin serving the defaults now.</param>
/// <param name="UpdatedUtc">Last change by a person, or null for an untouched default.</param>
/// <param name="UpdatedBy">Account that made it.</param>
public sealed record EffectiveMeasure(
    string DomainId,
    string Id,
    MeasureOrigin Origin,
    MeasureContent Content,
    bool Retired,
    int Version,
    bool DefaultChanged,
    bool DefaultRemoved,
    string? BasedOnPluginVersion,
    MeasureContent? BasedOnDefault,
    MeasureContent? CurrentDefault,
    string CurrentPluginVersion,
    DateTime? UpdatedUtc,
    string? UpdatedBy);

/// <summary>A domain's effective catalogue: retired entries included, flagged.</summary>
/// <param name="DomainId">Domain.</param>
/// <param name="PluginVersion">Version of the plugin whose defaults lie under the overlay.</param>
/// <param name="PluginShipsCatalogue">False when the plugin provides no defaults at all (the bureau may still add measures).</param>
/// <param name="Measures">Defaults in the rules' order (edited ones in place), then edited defaults the plugin no longer ships, then bureau-added ones by creation.</param>
public sealed record EffectiveCatalogue(string DomainId, string PluginVersion, bool PluginShipsCatalogue, IReadOnlyList<EffectiveMeasure> Measures)
{
    public EffectiveMeasure? Find(string measureId) => Measures.FirstOrDefault(m => m.Id == measureId);

    /// <summary>
    /// Lays the overlays over the defaults. An overlay over a default the plugin no longer ships is
    /// shown only if the bureau edited it (there is nothing else to show).
    /// </summary>
    public static EffectiveCatalogue Compose(MeasureDefaults defaults, IEnumerable<MeasureOverlay> overlays)
    {
        var remaining = overlays.ToDictionary(o => o.MeasureId, StringComparer.Ordinal);
        var entries = new List<EffectiveMeasure>();
        foreach (var d in defaults.Measures)
        {
            remaining.Remove(d.Id, out var overlay);
            entries.Add(Entry(defaults, d, overlay)!);
        }

        entries.AddRange(remaining.Values
            .OrderBy(o => o.Kind)
            .ThenBy(o => o.CreatedUtc)
            .ThenBy(o => o.MeasureId, StringComparer.Ordinal)
            .Select(o => Entry(defaults, null, o))
            .OfType<EffectiveMeasure>());
        return new EffectiveCatalogue(defaults.DomainId, defaults.PluginVersion, defaults.ShipsCatalogue, entries);
    }

    /// <summary>The entry for a default and/or an overlay; null when there is nothing to show.</summary>
    public static EffectiveMeasure? Entry(MeasureDefaults defaults, MeasureDefault? d, MeasureOverlay? o)
    {
        var domain = defaults.DomainId;
        var version = defaults.PluginVersion;
        if (o is null)
        {
            return d is null ? null : new EffectiveMeasure(domain, d.Id, MeasureOrigin.Default, d.Content, false, 1,
                false, false, null, null, null, version, null, null);
        }

        if (o.Kind == MeasureOverlayKind.BureauAdded)
        {
            // A later plugin version may ship a default under the id the bureau chose: the bureau's
            // measure stays; the new default is shown for the bureau to take or leave.
            return new EffectiveMeasure(domain, o.MeasureId, MeasureOrigin.BureauAdded, o.Content!, o.Retired, o.Version,
                d is not null, false, null, null, d?.Content, version, o.UpdatedUtc, o.UpdatedBy);
        }

        if (o.Content is null)
        {
            return d is null ? null : new EffectiveMeasure(domain, d.Id, MeasureOrigin.Default, d.Content, o.Retired, o.Version,
                false, false, null, null, null, version, o.UpdatedUtc, o.UpdatedBy);
        }

        var changed = d is null || d.Hash != o.BasedOnHash;
        return new EffectiveMeasure(domain, o.MeasureId, MeasureOrigin.Customized, o.Content, o.Retired, o.Version,
            changed, d is null, o.BasedOnPluginVersion, changed ? o.BasedOn : null, changed ? d?.Content : null, version,
            o.UpdatedUtc, o.UpdatedBy);
    }
}
