using Kunpeng.Host.Problems;
using Kunpeng.Host.Workflow.Cycles;
using LiteDB;

namespace Kunpeng.Host.Workflow;

/// <summary>Reading a cycle for a step, and refusing a step the cycle is not ready for or a change to a retired domain's cycle: the same for every step.</summary>
public static class CycleGuards
{
    /// <summary>The cycle, or 404.</summary>
    public static Cycle LoadCycle(LiteDatabase db, string cycleId) =>
        db.GetCollection<Cycle>(Cycle.Set.Name).FindById(cycleId) ?? throw new NotFoundException("Cycle", cycleId);

    /// <summary>Refuses any change to a cycle whose domain plugin has been retired (409).</summary>
    public static void RequireWritable(Cycle cycle)
    {
        if (cycle.ReadOnly)
        {
            throw new StepOutOfOrderException($"Cycle '{cycle.Id}' is read-only: its domain plugin has been retired.");
        }
    }

    /// <summary>Refuses the step unless the cycle is writable and at one of the given stages (409, with the cycle's <c>stage</c>).</summary>
    public static void RequireStage(Cycle cycle, string step, params CycleStage[] stages)
    {
        RequireWritable(cycle);
        if (!stages.Contains(cycle.Stage))
        {
            var problem = new StepOutOfOrderException(
                $"Cannot {step}: cycle '{cycle.Id}' is at stage '{WireNames.Of(cycle.Stage)}', and this needs {string.Join(" or ", stages.Select(s => $"'{WireNames.Of(s)}'"))}.");
            problem.Extensions["stage"] = WireNames.Of(cycle.Stage);
            throw problem;
        }
    }
}
