using Kunpeng.Host.Problems;
using Kunpeng.Host.Workflow.Cycles;
using LiteDB;

namespace Kunpeng.Host.Workflow;

/// <summary>Reading a cycle for a step, and refusing a change to one whose domain plugin is retired: the same for every step.</summary>
public static class CycleGuards
{
    /// <summary>The cycle, or 404.</summary>
    public static Cycle LoadCycle(LiteDatabase db, string cycleId) =>
        db.GetCollection<Cycle>(CycleService.Cycles).FindById(cycleId) ?? throw new NotFoundException("Cycle", cycleId);

    /// <summary>Refuses any change to a cycle whose domain plugin has been retired (409).</summary>
    public static void RequireWritable(Cycle cycle)
    {
        if (cycle.ReadOnly)
        {
            throw new StepOutOfOrderException($"Cycle '{cycle.Id}' is read-only: its domain plugin has been retired.");
        }
    }
}
