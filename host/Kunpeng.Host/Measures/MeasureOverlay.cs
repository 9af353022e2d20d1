using Kunpeng.Host.Workflow.Writing;
using Kunpeng.Registry;

namespace Kunpeng.Host.Measures;

/// <summary>
/// A bureau's change to one entry of its domain's measures catalogue (<c>measure_overlays</c>
/// collection, one document per domain and measure id). The plugin's defaults are never copied here:
/// an entry without an overlay shows the current default; an overlay over a default holds the
/// bureau's own content (or none, when it only retired the default or went back to it), and
/// remembers which default content its edit was based on, so a plugin upgrade that changes that
/// default is shown to the bureau instead of silently replacing or being replaced by its edit.
/// </summary>
public sealed class MeasureOverlay : IVersionedRecord
{
    public static readonly RecordSet<MeasureOverlay> Set = new("measure_overlays");

    /// <summary>
    /// The record kind (named <c>Entity</c>: <see cref="Kind"/> is what the overlay lies over). Catalogues are
    /// public (anyone may read a domain's measures); who may change one is checked first (403).
    /// </summary>
    public static readonly RecordKind<MeasureOverlay> Entity = new()
    {
        Set = Set,
        EntityType = "measure",
        Title = "Measure",
        DomainOf = o => o.DomainId,
        CanSee = (_, _) => true,
    };

    /// <summary><c>{domainId}/{measureId}</c>, e.g. <c>health/continuing-education</c>.</summary>
    public string Id { get; set; } = "";
    public string DomainId { get; set; } = "";
    public string MeasureId { get; set; } = "";
    public MeasureOverlayKind Kind { get; set; }

    /// <summary>
    /// The bureau's content. Always set for a bureau-added measure; for an overlay over a default,
    /// null means the entry follows the plugin's current default.
    /// </summary>
    public MeasureContent? Content { get; set; }

    /// <summary>
    /// The default content <see cref="Content"/> was based on (when the edit was made, or when the
    /// bureau last acknowledged a change of the default); null while the entry follows the default.
    /// </summary>
    public MeasureContent? BasedOn { get; set; }

    /// <summary>Hash of <see cref="BasedOn"/> (<see cref="MeasureContent.Hash"/>).</summary>
    public string? BasedOnHash { get; set; }

    /// <summary>Version of the plugin whose default <see cref="BasedOn"/> is.</summary>
    public string? BasedOnPluginVersion { get; set; }

    /// <summary>Retired: listed only on request, and no plan can newly draw on it.</summary>
    public bool Retired { get; set; }

    public DateTime CreatedUtc { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime UpdatedUtc { get; set; }
    public string UpdatedBy { get; set; } = "";

    /// <summary>Also the entry's ETag. An entry without an overlay is at version 1; the first overlay over a default is version 2.</summary>
    public int Version { get; set; } = 1;

    public static string IdFor(string domainId, string measureId) => $"{domainId}/{measureId}";
}

/// <summary>What an overlay lies over.</summary>
public enum MeasureOverlayKind
{
    /// <summary>A measure the plugin ships (or shipped) as a default.</summary>
    OverDefault,
    /// <summary>A measure the bureau added; no plugin default behind it.</summary>
    BureauAdded,
}

/// <summary>Where an entry of the effective catalogue comes from.</summary>
public enum MeasureOrigin
{
    /// <summary>The plugin's default, as shipped.</summary>
    Default,
    /// <summary>A plugin default the bureau edited.</summary>
    Customized,
    /// <summary>Added by the bureau.</summary>
    BureauAdded,
}
