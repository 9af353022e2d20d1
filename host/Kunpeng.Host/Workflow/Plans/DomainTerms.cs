using Kunpeng.Abstractions;
using Kunpeng.Host.Plugins;

namespace Kunpeng.Host.Workflow.Plans;

/// <summary>
/// What steps 6–10 need from a domain's plugin, copied into host-owned records while a lease is
/// held: bodies and their roles, tiers with quota and grant, and the measures catalogue. Nothing
/// here references a plugin object, so holding it never pins a plugin's load context.
/// </summary>
/// <param name="DomainId">Domain id.</param>
/// <param name="NameZh">Domain name, e.g. 卫生.</param>
/// <param name="PluginVersion">Version of the plugin the terms were copied from.</param>
/// <param name="PlanApprovalRequired">True when the annual plan needs a body's approval before filing.</param>
/// <param name="Bodies">Bodies named by the rules, with their roles.</param>
/// <param name="Tiers">Tiers in the rules' order (the first is the top tier).</param>
/// <param name="Measures">
/// The measures that can be planned: the bureau's effective catalogue (plugin defaults, as the bureau
/// edited them, and its own), retired ones left out; null when the domain has no catalogue at all.
/// </param>
/// <param name="RetiredMeasures">Measures the bureau retired: kept for what was filed, never newly planned.</param>
public sealed record DomainTerms(
    string DomainId,
    string NameZh,
    string PluginVersion,
    bool PlanApprovalRequired,
    IReadOnlyList<BodyTerms> Bodies,
    IReadOnlyList<TierTerms> Tiers,
    IReadOnlyList<MeasureTerms>? Measures,
    IReadOnlyList<MeasureTerms>? RetiredMeasures = null)
{
    /// <summary>The tier the rules list first: 拔尖人才 (party-government: 优秀处级干部).</summary>
    public TierTerms? TopTier => Tiers.Count > 0 ? Tiers[0] : null;

    public TierTerms? Tier(string id) => Tiers.FirstOrDefault(t => t.Id == id);

    /// <summary>A measure that can be planned, or null (unknown, or retired).</summary>
    public MeasureTerms? Measure(string id) => Measures?.FirstOrDefault(m => m.Id == id);

    /// <summary>A retired measure, or null.</summary>
    public MeasureTerms? RetiredMeasure(string id) => RetiredMeasures?.FirstOrDefault(m => m.Id == id);

    /// <summary>The first body the rules give <paramref name="role"/>, else the organizing body.</summary>
    public BodyTerms? BodyFor(BodyRole role) =>
        Bodies.FirstOrDefault(b => b.Roles.Contains(role)) ?? Bodies.FirstOrDefault(b => b.Roles.Contains(BodyRole.Organizes));

    /// <summary>The first body the rules give <paramref name="role"/>, or null.</summary>
    public BodyTerms? BodyWith(BodyRole role) => Bodies.FirstOrDefault(b => b.Roles.Contains(role));
}

/// <summary>A body named by the rules.</summary>
/// <param name="NameZh">e.g. 区教师进修学校.</param>
/// <param name="NameEn">English rendering.</param>
/// <param name="Roles">What it does in the cycle.</param>
public sealed record BodyTerms(string NameZh, string NameEn, IReadOnlyList<BodyRole> Roles);

/// <summary>A tier with its yearly quota and grant.</summary>
/// <param name="Id">top / backbone (party-government: division / section).</param>
/// <param name="NameZh">e.g. 拔尖人才.</param>
/// <param name="QuotaTarget">People a year, or null (一批).</param>
/// <param name="QuotaApproximate">True for "about N".</param>
/// <param name="GrantCny">Grant per person per accepted cycle.</param>
public sealed record TierTerms(string Id, string NameZh, int? QuotaTarget, bool QuotaApproximate, decimal GrantCny);

/// <summary>A measure of the domain's catalogue.</summary>
/// <param name="Id">Stable id within the domain.</param>
/// <param name="TitleZh">Short title.</param>
/// <param name="FormsZh">Forms it can take; empty when the rules name none.</param>
/// <param name="Targets">Countable yearly targets.</param>
public sealed record MeasureTerms(string Id, string TitleZh, IReadOnlyList<string> FormsZh, IReadOnlyList<TargetTerms> Targets);

/// <summary>A countable yearly target of a measure.</summary>
/// <param name="Id">Stable id within the measure.</param>
/// <param name="DescriptionZh">The target in the rules' words.</param>
/// <param name="MinimumPerYear">Activities a year needed.</param>
/// <param name="ScopeZh">Where it applies (e.g. 区医院), or null for the whole domain.</param>
public sealed record TargetTerms(string Id, string DescriptionZh, int MinimumPerYear, string? ScopeZh);

/// <summary>Where steps 6–10 get a domain's terms; the plugin catalog in the host, a double in tests.</summary>
public interface IDomainTermsSource
{
    /// <summary>The domain's terms as its current plugin version states them, or null when no active plugin serves it.</summary>
    DomainTerms? Find(string domainId);
}

/// <summary>
/// Reads the terms from the domain's current plugin version through a lease, and copies them; the
/// measures are the plugin's defaults. The host registers it behind
/// <see cref="Measures.EffectiveDomainTermsSource"/>, which puts the bureau's catalogue in their place.
/// </summary>
public sealed class PluginDomainTermsSource(DomainPluginCatalog catalog) : IDomainTermsSource
{
    public DomainTerms? Find(string domainId)
    {
        if (!catalog.TryAcquire(domainId, out var lease))
        {
            return null;
        }

        using (lease)
        {
            var plugin = lease.Plugin;
            var profile = plugin.Organizer.Profile;
            return new DomainTerms(
                plugin.Id,
                plugin.Organizer.Domain.NameZh,
                plugin.Version,
                profile.PlanApprovalRequired,
                profile.Bodies.Select(b => new BodyTerms(b.NameZh, b.NameEn, b.Roles.ToArray())).ToArray(),
                profile.Tiers.Select(t => new TierTerms(t.Id, t.NameZh, t.Quota?.Target, t.Quota?.Approximate ?? false, t.GrantCny)).ToArray(),
                plugin.Measures?.Measures.Select(m => new MeasureTerms(
                    m.Id,
                    m.TitleZh,
                    m.FormsZh.ToArray(),
                    m.Targets.Select(t => new TargetTerms(t.Id, t.DescriptionZh, t.MinimumPerYear, t.ScopeZh)).ToArray())).ToArray());
        }
    }
}
