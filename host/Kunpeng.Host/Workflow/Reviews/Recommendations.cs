namespace Kunpeng.Host.Workflow.Reviews;

/// <summary>What a reviewer recommends.</summary>
public static class Recommendations
{
    public const string Admit = "admit";
    public const string Reject = "reject";
}
