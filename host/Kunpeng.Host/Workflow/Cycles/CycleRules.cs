using Kunpeng.Host.Problems;

namespace Kunpeng.Host.Workflow.Cycles;

/// <summary>The rules on a cycle that the steps of every area check.</summary>
public static class CycleRules
{
    /// <summary>Nominations are accepted while the cycle is nominating and its deadline (inclusive) has not passed.</summary>
    public static bool AcceptsNominations(Cycle cycle, DateOnly today) =>
        cycle.Stage == CycleStage.Nominating && !cycle.ReadOnly && today <= cycle.NominationDeadline;

    /// <summary>Refuses (409) any change to a cycle, or to what belongs to it, once its domain plugin has been retired.</summary>
    public static void RequireWritable(Cycle cycle)
    {
        if (cycle.ReadOnly)
        {
            throw new StepOutOfOrderException($"Cycle '{cycle.Id}' is read-only: its domain plugin has been retired.");
        }
    }
}
