namespace Kunpeng.Host.Workflow.Nominations;

/// <summary>The panel's result for a nominee, derived from the submitted reviews (see Reviews/PanelRule).</summary>
public sealed class PanelOutcome
{
    /// <summary>pending, passed or rejected.</summary>
    public string Result { get; set; } = PanelResults.Pending;
    /// <summary>Assigned reviewers who did not declare a conflict.</summary>
    public int Reviewers { get; set; }
    public int Conflicted { get; set; }
    public int Submitted { get; set; }
    public int RecommendAdmit { get; set; }
    public double? AverageScore { get; set; }
    /// <summary>Why it is pending or rejected, one line each.</summary>
    public List<string> Reasons { get; set; } = [];
}

public static class PanelResults
{
    public const string Pending = "pending";
    public const string Passed = "passed";
    public const string Rejected = "rejected";
}
