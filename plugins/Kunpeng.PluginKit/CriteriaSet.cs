using Kunpeng.Abstractions;

namespace Kunpeng.PluginKit;

/// <summary>
/// A domain's selection conditions as declared with <see cref="For"/>: the tiers and facts the host
/// shows, and the assessment of a profile against them. Immutable and pure, so a plugin holds one
/// in a static field and its <see cref="IDomainCriteria"/> forwards to it.
/// </summary>
/// <example>
/// <code>
/// CriteriaSet.For("education")
///     .Tier("backbone", "骨干人才人选，需具备以下条件：", t =&gt; t
///         .General("age", "三.2.(1)", "一般年龄不超过40周岁", Check.AgeAtMost(40))
///         .Hard("teaching-years", "三.2.(1)", "教龄在5年及以上", Check.AtLeast(CommonFacts.TeachingYears, 5m, "年")))
///     .Build();
/// </code>
/// </example>
public sealed class CriteriaSet : IDomainCriteria
{
    private readonly IReadOnlyList<(TierCriteria Tier, IReadOnlyList<Condition> Conditions)> tiers;

    internal CriteriaSet(string domainId, IReadOnlyList<(TierCriteria Tier, IReadOnlyList<Condition> Conditions)> tiers, IReadOnlyList<FactDefinition> facts)
    {
        DomainId = domainId;
        this.tiers = tiers;
        Tiers = [.. tiers.Select(t => t.Tier)];
        Facts = facts;
    }

    /// <summary>Starts declaring the criteria of a domain.</summary>
    /// <param name="domainId">The domain's kebab-case id, the same as the plugin's.</param>
    public static CriteriaSetBuilder For(string domainId) => new(domainId);

    /// <inheritdoc />
    public string DomainId { get; }

    /// <inheritdoc />
    public IReadOnlyList<TierCriteria> Tiers { get; }

    /// <inheritdoc />
    public IReadOnlyList<FactDefinition> Facts { get; }

    /// <inheritdoc />
    public IReadOnlyList<TierAssessment> Assess(CandidateProfile profile, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(profile);
        // Plain loops: a screening assesses every profile of a spreadsheet against every domain.
        var assessments = new TierAssessment[tiers.Count];
        for (var t = 0; t < assessments.Length; t++)
        {
            var conditions = tiers[t].Conditions;
            var outcomes = new ConditionOutcome[conditions.Count];
            for (var c = 0; c < outcomes.Length; c++)
            {
                outcomes[c] = conditions[c].Assess(profile, referenceDate);
            }

            assessments[t] = new TierAssessment(tiers[t].Tier.TierId, outcomes);
        }

        return assessments;
    }
}
