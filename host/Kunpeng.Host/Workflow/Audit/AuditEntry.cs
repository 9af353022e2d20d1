using Kunpeng.Registry;

namespace Kunpeng.Host.Workflow.Audit;

/// <summary>One change in the append-only audit trail.</summary>
public sealed class AuditEntry : ISequencedRecord
{
    public static readonly RecordSet<AuditEntry> Set = new("audit");

    /// <summary>Sequence number, increasing.</summary>
    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    public string ActorId { get; set; } = "";
    public string ActorName { get; set; } = "";
    public string Role { get; set; } = "";
    /// <summary>What was done, e.g. <c>nomination.submitted</c>.</summary>
    public string Action { get; set; } = "";
    public string EntityType { get; set; } = "";
    public string EntityId { get; set; } = "";
    /// <summary>Domain the change belongs to, for filtering; null for programme-wide changes.</summary>
    public string? DomainId { get; set; }
    /// <summary>The record whose trail this change belongs to besides its own (a review's nomination); null when it is its own root.</summary>
    public string? RootType { get; set; }
    public string? RootId { get; set; }
    /// <summary>The fields the change touched, before it, as a JSON object; null when created.</summary>
    public string? Before { get; set; }
    /// <summary>The fields the change touched, after it (the whole record when created), as a JSON object; null when deleted.</summary>
    public string? After { get; set; }
}
