using Kunpeng.Host.Workflow.Cycles;
using Kunpeng.Host.Workflow.Plans;
using Kunpeng.Registry;

namespace Kunpeng.Host.Workflow.Implementation;

/// <summary>Each measure target of a cycle with the activities counted for it, as implementation, acceptance and the dashboard show it.</summary>
public static class TargetProgress
{
    /// <summary>
    /// Counts the cycle year's activities per measure (and, for a scoped target, per scope) against
    /// each target's yearly minimum. The yardstick is the targets the filed plan copied from the
    /// catalogue; before a plan is filed, the catalogue's current targets.
    /// </summary>
    public static IReadOnlyList<TargetProgressView> Of(
        IRecordReader<AnnualPlan> plans, IRecordReader<ActivityRecord> activities, Cycle cycle, IDomainTermsSource terms)
    {
        var targets = PlanRevisions.Filed(plans, cycle.Id)?.Targets is { Count: > 0 } filed
            ? filed
            : terms.Find(cycle.DomainId) is { } domain ? PlanTarget.From(domain) : [];
        if (targets.Count == 0)
        {
            return [];
        }

        var held = activities.List(new RecordQuery(Filter.Eq<ActivityRecord>(a => a.CycleId, cycle.Id)))
            .Where(a => a.Date.Year == cycle.Year)
            .Select(a => (a.MeasureId, a.Scope))
            .ToList();
        return targets.Select(t =>
        {
            var count = held.Count(a => a.MeasureId == t.MeasureId && (t.ScopeZh is null || a.Scope == t.ScopeZh));
            return new TargetProgressView(t.MeasureId, t.MeasureTitleZh, t.TargetId, t.DescriptionZh, t.ScopeZh, t.MinimumPerYear, count, count >= t.MinimumPerYear);
        }).ToList();
    }
}
