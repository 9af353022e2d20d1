namespace Kunpeng.Abstractions;

/// <summary>How a condition weighs on the verdict.</summary>
public enum ConditionKind
{
    /// <summary>Stated without qualification and checkable from facts: not met rejects.</summary>
    Hard,
    /// <summary>Stated with 一般 ("as a rule"): not met needs the panel's recorded justification.</summary>
    General,
    /// <summary>Character, reputation, ability: only the review panel can judge it.</summary>
    Qualitative,
    /// <summary>优先: ranks candidates, never rejects.</summary>
    Preference,
}
