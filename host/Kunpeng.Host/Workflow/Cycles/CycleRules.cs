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

    /// <summary>
    /// Refuses (409, with the cycle's <c>stage</c>) a step the cycle is not at one of <paramref name="stages"/> for, or
    /// any step once the cycle is read-only: for the steps of other records that depend on the cycle's stage
    /// (a panel, a review, a plan) without moving it; a step that moves the cycle has its row in <see cref="CycleStages"/>.
    /// </summary>
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
