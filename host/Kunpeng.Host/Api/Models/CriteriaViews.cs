using Kunpeng.Abstractions;
using Kunpeng.Host.Eligibility.Profiles;
using Kunpeng.Host.Plugins;

namespace Kunpeng.Host.Api.Models;

/// <summary>Copies a plugin's criteria into host-owned views, so nothing serialized is a plugin object.</summary>
internal static class CriteriaViews
{
    public static DomainCriteriaView Criteria(LoadedDomainPlugin plugin, IDomainCriteria criteria)
    {
        var tierDefinitions = plugin.Organizer.Profile.Tiers;
        return new DomainCriteriaView(
            plugin.Id,
            plugin.Version,
            criteria.Tiers.Select(t => new TierCriteriaView(
                t.TierId,
                tierDefinitions.FirstOrDefault(d => d.Id == t.TierId)?.NameZh,
                t.PreambleZh,
                t.Conditions.Select(Condition).ToList())).ToList(),
            criteria.Facts.Select(f => new FactView(
                f.Name, f.Type, f.Meaning, f.AllowedValues?.ToList(), f.Minimum, f.Maximum, SharedFacts.Contains(f.Name))).ToList());
    }

    private static ConditionView Condition(ConditionDefinition c) =>
        new(c.Id, c.Clause, c.TextZh, c.Kind, c.Subject, c.Facts.ToList(), c.AnyOf.Select(Condition).ToList(), c.InterpretationNote);
}
