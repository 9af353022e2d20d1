namespace Kunpeng.Host.Workflow.Nominations;

/// <summary>
/// One run of the domain's criteria over a nomination, kept for good: a re-screening appends a new
/// one. Host-owned copies of what the plugin said (never plugin types), with the plugin id and
/// version that said it.
/// </summary>
public sealed class Screening
{
    /// <summary>1 for the screening on submit, then 2, 3… for each re-screening.</summary>
    public int Number { get; set; }
    public DateTime AtUtc { get; set; }
    /// <summary>Account that asked for it.</summary>
    public string By { get; set; } = "";
    public string PluginId { get; set; } = "";
    public string PluginVersion { get; set; } = "";
    public DateTime ReferenceDate { get; set; }
    /// <summary>The tier screened (the one applied for).</summary>
    public string Tier { get; set; } = "";
    /// <summary>ineligible, incomplete, needs-exception, pending-review or eligible.</summary>
    public string Verdict { get; set; } = "";
    public List<string> NotMet { get; set; } = [];
    public List<string> Undecided { get; set; } = [];
    public List<string> MissingFacts { get; set; } = [];
    /// <summary>Every top-level condition of the tier with what checking it found.</summary>
    public List<ScreenedCondition> Conditions { get; set; } = [];
}

/// <summary>One condition of a screening: the rule's text and kind, and the outcome.</summary>
public sealed class ScreenedCondition
{
    public string Id { get; set; } = "";
    public string Clause { get; set; } = "";
    public string TextZh { get; set; } = "";
    /// <summary>hard, general, qualitative or preference.</summary>
    public string Kind { get; set; } = "";
    /// <summary>met, not-met, undecided or awaits-panel.</summary>
    public string Status { get; set; } = "";
    public string? Found { get; set; }
    public string? Required { get; set; }
}

/// <summary>The verdict names as stored (the eligibility service's verdicts, kebab-case).</summary>
public static class Verdicts
{
    public const string Ineligible = "ineligible";
    public const string Incomplete = "incomplete";
    public const string NeedsException = "needs-exception";
    public const string PendingReview = "pending-review";
    public const string Eligible = "eligible";
}

/// <summary>Screens a nomination's profile against its domain's criteria for one tier.</summary>
public interface INominationScreener
{
    /// <summary>
    /// Runs the domain's criteria; throws <see cref="Problems.InputValidationException"/> naming the
    /// facts that are malformed, or a conflict when no active plugin serves the domain.
    /// </summary>
    /// <param name="domainId">The domain.</param>
    /// <param name="tier">The tier applied for.</param>
    /// <param name="profileJson">The facts, a JSON object.</param>
    /// <param name="residentId">The person's resident ID (birth date and gender come from it).</param>
    /// <param name="referenceDate">The cycle's reference date.</param>
    Screening Screen(string domainId, string tier, string profileJson, string residentId, DateOnly referenceDate);
}
