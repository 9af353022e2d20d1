using System.Text.RegularExpressions;
using Kunpeng.Abstractions;

namespace Kunpeng.PluginKit;

/// <summary>Declares a domain's tiers in the order of the rules, then builds the immutable <see cref="CriteriaSet"/>.</summary>
public sealed partial class CriteriaSetBuilder
{
    private readonly string domainId;
    private readonly List<(TierCriteria Tier, IReadOnlyList<Condition> Conditions)> tiers = [];

    internal CriteriaSetBuilder(string domainId)
    {
        if (!KebabCase().IsMatch(domainId ?? ""))
        {
            throw new ArgumentException($"Domain id '{domainId}' is not kebab-case, e.g. urban-construction.", nameof(domainId));
        }

        this.domainId = domainId!;
    }

    /// <summary>One tier and its conditions.</summary>
    /// <param name="tierId">The organizer's tier id: <c>top</c> / <c>backbone</c> (党政 <c>division</c> / <c>section</c>).</param>
    /// <param name="preambleZh">The tier's lead-in from the rules, e.g. 拔尖人才人选，需具备以下条件：</param>
    /// <param name="conditions">Declares the tier's conditions in the rules' order.</param>
    public CriteriaSetBuilder Tier(string tierId, string preambleZh, Action<ConditionsBuilder> conditions)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        ArgumentException.ThrowIfNullOrWhiteSpace(preambleZh);
        if (!KebabCase().IsMatch(tierId ?? ""))
        {
            throw new ArgumentException($"Tier id '{tierId}' is not kebab-case.", nameof(tierId));
        }

        if (tiers.Any(t => t.Tier.TierId == tierId))
        {
            throw new InvalidOperationException($"Tier '{tierId}' is declared twice.");
        }

        var builder = new ConditionsBuilder($"{tierId}.", ConditionSubject.Person, alternatives: false, []);
        conditions(builder);
        if (builder.Conditions.Count == 0)
        {
            throw new InvalidOperationException($"Tier '{tierId}' declares no condition.");
        }

        tiers.Add((new TierCriteria(tierId!, preambleZh, [.. builder.Conditions.Select(c => c.Definition)]), builder.Conditions));
        return this;
    }

    /// <summary>
    /// The criteria, with the fact list derived from every check used (first-use order). Fails if
    /// two different declarations share a fact name, which would give the host two meanings for one input.
    /// </summary>
    public CriteriaSet Build()
    {
        if (tiers.Count == 0)
        {
            throw new InvalidOperationException($"Domain '{domainId}' declares no tier.");
        }

        var facts = new List<FactDefinition>();
        foreach (var fact in tiers.SelectMany(t => t.Conditions).SelectMany(c => c.Facts))
        {
            var known = facts.Find(f => f.Name == fact.Name);
            if (known is null)
            {
                facts.Add(fact);
            }
            else if (!ReferenceEquals(known, fact) && known != fact)
            {
                throw new InvalidOperationException(
                    $"Fact '{fact.Name}' is declared twice with different definitions; declare it once and reuse it.");
            }
        }

        return new CriteriaSet(domainId, [.. tiers], facts);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();
}
