namespace Kunpeng.Host.Workflow.Nominations;

/// <summary>A person put forward for a domain, tier and cycle (<c>nominations</c> collection).</summary>
public sealed class Nomination
{
    public string Id { get; set; } = "";
    public string CycleId { get; set; } = "";
    public string DomainId { get; set; } = "";
    public int Year { get; set; }
    /// <summary>Tier applied for (top/backbone; division/section).</summary>
    public string Tier { get; set; } = "";
    public string PersonId { get; set; } = "";
    /// <summary>Copied for lists and the ledger, so a list page needs no join.</summary>
    public string PersonName { get; set; } = "";
    /// <summary>Account that created it.</summary>
    public string NominatedBy { get; set; } = "";
    /// <summary>The nominating unit (or the applicant's own name for a self-application).</summary>
    public string Unit { get; set; } = "";
    public NominationStatus Status { get; set; } = NominationStatus.Draft;
    public DateTime CreatedUtc { get; set; }
    public DateTime? SubmittedUtc { get; set; }
    public int Version { get; set; } = 1;
}
