namespace Kunpeng.Host.Workflow.Reviews;

/// <summary>Why a nominee is admitted although a general (一般) condition is not met.</summary>
public sealed class ExceptionJustification
{
    public string ConditionId { get; set; } = "";
    public string Justification { get; set; } = "";
}
