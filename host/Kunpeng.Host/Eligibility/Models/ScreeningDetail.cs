namespace Kunpeng.Host.Eligibility.Models;

/// <summary>How much a screening answer says about each tier.</summary>
public enum ScreeningDetail
{
    /// <summary>Verdict, ids of the conditions not met or undecided, and missing facts.</summary>
    Compact,
    /// <summary>Also the tier's Chinese name and every condition's outcome, as the single-profile endpoint gives them.</summary>
    Full,
}
