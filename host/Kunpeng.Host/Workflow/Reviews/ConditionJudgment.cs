namespace Kunpeng.Host.Workflow.Reviews;

/// <summary>A reviewer's judgment of one qualitative condition.</summary>
public sealed class ConditionJudgment
{
    public string ConditionId { get; set; } = "";
    public bool Met { get; set; }
    public string? Note { get; set; }
}
