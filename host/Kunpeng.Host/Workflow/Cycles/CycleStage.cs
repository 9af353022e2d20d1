namespace Kunpeng.Host.Workflow.Cycles;

/// <summary>
/// Where a domain's cycle stands. Stages only move forward, one step at a time, except that the
/// Talent Office may return a summarized cycle to implementation.
/// </summary>
public enum CycleStage
{
    /// <summary>Units nominate; screening runs on submit.</summary>
    Nominating,
    /// <summary>Nominations closed; the panel reviews.</summary>
    Reviewing,
    /// <summary>The bureau fixed the list against the quota.</summary>
    Determined,
    /// <summary>The annual plan is filed; activities are recorded.</summary>
    Implementing,
    /// <summary>The year-end summary is submitted; awaiting the Talent Office.</summary>
    Summarized,
    /// <summary>The Talent Office accepted the cycle (验收合格): grants may be released.</summary>
    Accepted,
    /// <summary>Grants released; the cycle is closed.</summary>
    Closed,
}
