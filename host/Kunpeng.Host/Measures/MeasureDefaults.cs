using Kunpeng.Host.Plugins;

namespace Kunpeng.Host.Measures;

/// <summary>The measures a domain's current plugin version ships, copied into host-owned form.</summary>
/// <param name="DomainId">Domain id.</param>
/// <param name="PluginVersion">Version of the plugin they were copied from.</param>
/// <param name="ShipsCatalogue">False when the plugin provides no <c>IMeasureCatalog</c> at all.</param>
/// <param name="Measures">The defaults, in the rules' order.</param>
public sealed record MeasureDefaults(string DomainId, string PluginVersion, bool ShipsCatalogue, IReadOnlyList<MeasureDefault> Measures)
{
    public MeasureDefault? Find(string measureId) => Measures.FirstOrDefault(m => m.Id == measureId);
}

/// <summary>One default measure with the fingerprint of its content.</summary>
/// <param name="Id">Stable id within the domain.</param>
/// <param name="Content">What it says.</param>
/// <param name="Hash">See <see cref="MeasureContent.Hash"/>.</param>
public sealed record MeasureDefault(string Id, MeasureContent Content, string Hash)
{
    public static MeasureDefault Of(string id, MeasureContent content) => new(id, content, content.Hash());
}

/// <summary>Where the catalogue's defaults come from: the domain's current plugin version in the host, a double in tests.</summary>
public interface IMeasureDefaultsSource
{
    /// <summary>The defaults of the domain's current plugin version, or null when no active plugin serves the domain.</summary>
    MeasureDefaults? Find(string domainId);
}

/// <summary>Reads the defaults from the domain's current plugin version through a lease, and copies them.</summary>
public sealed class PluginMeasureDefaultsSource(DomainPluginCatalog catalog) : IMeasureDefaultsSource
{
    public MeasureDefaults? Find(string domainId)
    {
        if (!catalog.TryAcquire(domainId, out var lease))
        {
            return null;
        }

        using (lease)
        {
            var plugin = lease.Plugin;
            return new MeasureDefaults(
                plugin.Id,
                plugin.Version,
                plugin.Measures is not null,
                plugin.Measures?.Measures.Select(m => MeasureDefault.Of(m.Id, MeasureContent.From(m))).ToList() ?? []);
        }
    }
}
