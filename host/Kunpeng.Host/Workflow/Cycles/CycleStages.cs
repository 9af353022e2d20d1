using Kunpeng.Host.Workflow.Writing;

namespace Kunpeng.Host.Workflow.Cycles;

/// <summary>
/// How a cycle moves: forward one stage at a time, by the step of the area that finishes the stage
/// (closing nominations, fixing the list, filing the plan, the summary, acceptance, the grant release),
/// and back only where the rules allow it (a summary returned by the Talent Office).
/// </summary>
public static class CycleStages
{
    public const string NominationsClosed = "cycle.nominations-closed";
    public const string Determined = "cycle.determined";
    public const string Implementing = "cycle.implementing";
    public const string Summarized = "cycle.summarized";
    public const string Accepted = "cycle.accepted";
    public const string Returned = "cycle.returned";
    public const string Closed = "cycle.closed";

    public static readonly StageTable<Cycle, CycleStage> Table = new(
        "cycle", c => c.Stage, (c, s) => c.Stage = s, c => c.Id,
        [
            StageMove.Between(NominationsClosed, "close nominations", CycleStage.Reviewing, CycleStage.Nominating),
            StageMove.Between(Determined, "fix the list", CycleStage.Determined, CycleStage.Reviewing),
            StageMove.Between(Implementing, "file the annual plan", CycleStage.Implementing, CycleStage.Determined),
            StageMove.Between(Summarized, "submit the year-end summary", CycleStage.Summarized, CycleStage.Implementing),
            StageMove.Between(Accepted, "accept the cycle", CycleStage.Accepted, CycleStage.Summarized),
            StageMove.Between(Returned, "return the summary", CycleStage.Implementing, CycleStage.Summarized),
            StageMove.Between(Closed, "release the grants", CycleStage.Closed, CycleStage.Accepted),
        ]);
}
