using Kunpeng.Abstractions;
using Kunpeng.Host.Plugins;

namespace Kunpeng.Host.Eligibility;

/// <summary>
/// A domain's plugin held for one request (its <see cref="PluginLease"/>) together with what
/// assessing needs from it, read once per request rather than once per profile.
/// </summary>
internal sealed class LeasedDomain : IDisposable
{
    private readonly PluginLease _lease;
    private readonly IDomainCriteria _criteria;
    private readonly string?[] _tierNamesZh;
    private readonly ConditionDefinition[][] _conditions;

    /// <summary>Takes over <paramref name="lease"/>: on failure it is released here, so no lease outlives a failed request.</summary>
    /// <exception cref="PluginAssessmentException">Reading the plugin's criteria threw (plugin code runs in these getters).</exception>
    public LeasedDomain(PluginLease lease)
    {
        _lease = lease;
        var plugin = lease.Plugin;
        Id = plugin.Id;
        Version = plugin.Version;
        try
        {
            _criteria = plugin.Criteria ?? throw new InvalidOperationException("The plugin provides no criteria.");
            NameZh = plugin.Organizer.Domain.NameZh;
            Tiers = _criteria.Tiers;
            Facts = _criteria.Facts;
            var definitions = plugin.Organizer.Profile.Tiers;
            _tierNamesZh = Tiers.Select(t => definitions.FirstOrDefault(d => d.Id == t.TierId)?.NameZh).ToArray();
            _conditions = Tiers.Select(t => t.Conditions.ToArray()).ToArray();
        }
        catch (Exception e)
        {
            lease.Dispose();
            throw new PluginAssessmentException(Id, Version, e);
        }
    }

    public string Id { get; }

    public string NameZh { get; }

    public string Version { get; }

    public IReadOnlyList<TierCriteria> Tiers { get; }

    public IReadOnlyList<FactDefinition> Facts { get; }

    /// <summary>The Chinese name the organizer gives the tier at <paramref name="index"/>, or null if it names no such tier.</summary>
    public string? TierNameZh(int index) => _tierNamesZh[index];

    /// <summary>The top-level conditions of the tier at <paramref name="index"/>, read from the plugin once per lease.</summary>
    public ReadOnlySpan<ConditionDefinition> Conditions(int index) => _conditions[index];

    /// <summary>The plugin's assessment, checked to answer every tier once.</summary>
    /// <exception cref="PluginAssessmentException">The plugin threw.</exception>
    /// <exception cref="CriteriaContractViolationException">The assessment does not fit the tiers.</exception>
    public IReadOnlyList<TierAssessment> Assess(CandidateProfile profile, DateOnly referenceDate)
    {
        IReadOnlyList<TierAssessment> assessments;
        try
        {
            assessments = _criteria.Assess(profile, referenceDate);
        }
        catch (Exception e)
        {
            throw new PluginAssessmentException(Id, Version, e);
        }

        if (assessments is null || assessments.Count != Tiers.Count)
        {
            throw new CriteriaContractViolationException(
                $"The '{Id}' plugin ({Version}) returned {assessments?.Count ?? 0} tier assessment(s) for {Tiers.Count} tier(s).");
        }

        return assessments;
    }

    public void Dispose() => _lease.Dispose();
}
