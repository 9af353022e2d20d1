namespace Kunpeng.Host.Eligibility;

/// <summary>
/// A tier's verdict for one candidate, derived by the host from the plugin's condition outcomes and
/// the conditions' kinds, the same way for every domain (see <see cref="VerdictDerivation"/>).
/// On the wire: <c>ineligible</c>, <c>incomplete</c>, <c>needs-exception</c>, <c>pending-review</c>, <c>eligible</c>.
/// </summary>
public enum Verdict
{
    /// <summary>A hard condition is not met.</summary>
    Ineligible,
    /// <summary>Nothing hard failed, but a hard or general condition lacks the facts to decide it.</summary>
    Incomplete,
    /// <summary>Every hard condition is met; a general (一般) condition is not, so the panel may admit only with a recorded justification.</summary>
    NeedsException,
    /// <summary>Every machine-checkable condition is met; something awaits the review panel.</summary>
    PendingReview,
    /// <summary>Every condition is met and nothing is left for the panel.</summary>
    Eligible,
}
