using Kunpeng.Host.Workflow.Audit;
using Kunpeng.Host.Problems;
using Kunpeng.Host.Registry;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Cycles;
using Kunpeng.Host.Workflow.Implementation;
using Kunpeng.Host.Workflow.Plans;

namespace Kunpeng.Host.Workflow.Acceptance;

/// <summary>
/// Step 8, acceptance (验收): the Talent Office accepts a summarized cycle (Summarized → Accepted),
/// or returns it with a reason (back to Implementing). Both name the summary version they judged
/// (If-Match), so a summary resubmitted meanwhile is never accepted unread.
/// </summary>
public sealed class AcceptanceService(RegistryDatabase registry, AuditTrail audit, TimeProvider clock)
{
    /// <summary>Accepts the cycle (验收合格): grants may then be released.</summary>
    public YearEndSummary Accept(Actor actor, string cycleId, int ifMatch) =>
        Decide(actor, cycleId, ifMatch, "accept the cycle", summary =>
        {
            summary.Status = SummaryStatus.Accepted;
            summary.ReturnReason = null;
            return ("summary.accepted", CycleStage.Accepted, "cycle.accepted");
        });

    /// <summary>Returns the cycle to implementation with a reason (required).</summary>
    public YearEndSummary Return(Actor actor, string cycleId, int ifMatch, AcceptanceReturn request)
    {
        var errors = new FieldErrors();
        var reason = errors.Text("reason", request.Reason, 4000);
        errors.ThrowIfAny();
        return Decide(actor, cycleId, ifMatch, "return the cycle", summary =>
        {
            summary.Status = SummaryStatus.Returned;
            summary.ReturnReason = reason;
            return ("summary.returned", CycleStage.Implementing, "cycle.returned");
        });
    }

    private YearEndSummary Decide(Actor actor, string cycleId, int ifMatch, string step, Func<YearEndSummary, (string Action, CycleStage To, string StageAction)> decide)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return registry.Write(db =>
        {
            var cycle = CycleGuards.LoadCycle(db, cycleId);
            CycleSteps.RequireTalentOffice(actor, step);
            CycleGuards.RequireStage(cycle, step, CycleStage.Summarized);
            var summaries = db.GetCollection<YearEndSummary>(YearEndSummary.Set.Name);
            var summary = summaries.FindById(cycleId)
                ?? throw new StepOutOfOrderException($"Cannot {step}: cycle '{cycleId}' has no year-end summary.");
            WorkflowGuards.RequireVersion("Summary", summary.Id, summary.Version, ifMatch);
            var before = CycleSteps.Copy(summary);
            var (action, to, stageAction) = decide(summary);
            summary.DecidedUtc = now;
            summary.DecidedBy = actor.AccountId;
            summary.Version++;
            summaries.Update(summary);
            audit.Record(db, actor, action, "summary", summary.Id, summary.DomainId, before, summary);
            CycleSteps.MoveStage(db, audit, actor, cycle, to, stageAction);
            return summary;
        });
    }
}

/// <summary>Why the Talent Office returns a cycle.</summary>
/// <param name="Reason">Required: what the bureau must do before submitting again.</param>
public sealed record AcceptanceReturn(string? Reason);
