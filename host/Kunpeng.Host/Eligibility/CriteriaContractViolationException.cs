namespace Kunpeng.Host.Eligibility;

/// <summary>
/// A plugin's assessment does not fit its own criteria (an outcome for a condition it never defined,
/// a condition or tier left without an outcome). The host refuses to derive a verdict from it:
/// a verdict built on a silently skipped hard condition would be wrong in the candidate's favour.
/// </summary>
public sealed class CriteriaContractViolationException(string message) : Exception(message);
