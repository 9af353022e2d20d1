using Kunpeng.Host.Workflow.Writing;

namespace Kunpeng.Host.Workflow.Plans;

/// <summary>
/// How a plan revision moves: a draft is edited and submitted, approved where the domain's rules ask
/// for it, filed (then frozen), sent back to draft before filing, and superseded when a later
/// revision is filed.
/// </summary>
public static class PlanStages
{
    public const string Updated = "plan.updated";
    public const string Submitted = "plan.submitted";
    public const string Approved = "plan.approved";
    public const string Returned = "plan.returned";
    public const string Filed = "plan.filed";
    public const string Superseded = "plan.superseded";

    public static readonly StageTable<AnnualPlan, PlanStatus> Table = new(
        "plan", p => p.Status, (p, s) => p.Status = s, p => p.Id,
        [
            StageMove.Within(Updated, "edit the plan", PlanStatus.Draft),
            StageMove.Between(Submitted, "submit the plan", PlanStatus.Submitted, PlanStatus.Draft),
            StageMove.Between(Approved, "approve the plan", PlanStatus.Approved, PlanStatus.Submitted),
            StageMove.Between(Returned, "return the plan", PlanStatus.Draft, PlanStatus.Submitted, PlanStatus.Approved),
            // Which of the two a plan is filed from is its domain's rule (approval required or not), checked by the step.
            StageMove.Between(Filed, "file the plan", PlanStatus.Filed, PlanStatus.Submitted, PlanStatus.Approved),
            StageMove.Between(Superseded, "supersede the plan", PlanStatus.Superseded, PlanStatus.Filed),
        ],
        explain: (p, status) => status switch
        {
            PlanStatus.Filed => $"a filed plan is frozen: start a new revision (POST /api/cycles/{p.CycleId}/plans) to change it",
            PlanStatus.Superseded => "it has been superseded by a later revision",
            _ => null,
        });
}
