namespace Kunpeng.Abstractions;

/// <summary>The outcome of checking one condition.</summary>
public enum ConditionStatus
{
    Met,
    NotMet,
    /// <summary>The facts needed to decide are missing.</summary>
    Undecided,
    /// <summary>Only the review panel can decide (qualitative).</summary>
    AwaitsPanel,
}
