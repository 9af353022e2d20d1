namespace Kunpeng.Host.Workflow.Determinations;

public enum DeterminationStatus
{
    /// <summary>Drafted by the bureau, still editable.</summary>
    Proposed,
    /// <summary>Beyond the quota tolerance: waits for the Talent Office.</summary>
    AwaitingApproval,
    /// <summary>Fixed: the cycle moves to planning.</summary>
    Fixed,
}
