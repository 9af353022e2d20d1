using Kunpeng.Registry;

namespace Kunpeng.Host.Workflow.Plans;

/// <summary>
/// A cycle's plan revisions as the later steps read them (implementation, acceptance, the dashboard,
/// the measures catalogue): from a transaction's record set or from committed data alike.
/// </summary>
public static class PlanRevisions
{
    /// <summary>Every revision of the cycle's plan, oldest first.</summary>
    public static IReadOnlyList<AnnualPlan> Of(IRecordReader<AnnualPlan> plans, string cycleId) =>
        plans.List(new RecordQuery(Filter.Eq<AnnualPlan>(p => p.CycleId, cycleId))).OrderBy(p => p.Revision).ToList();

    /// <summary>The revision in force (filed), or null.</summary>
    public static AnnualPlan? Filed(IRecordReader<AnnualPlan> plans, string cycleId) =>
        plans.List(new RecordQuery(Filter.Eq<AnnualPlan>(p => p.CycleId, cycleId) & Filter.Eq<AnnualPlan>(p => p.Status, PlanStatus.Filed))).FirstOrDefault();

    /// <summary>The latest revision, whatever its status, or null.</summary>
    public static AnnualPlan? Latest(IRecordReader<AnnualPlan> plans, string cycleId) => Of(plans, cycleId).LastOrDefault();
}
