namespace Kunpeng.Host.Registry;

/// <summary>One change in the append-only audit trail (<c>audit</c> collection).</summary>
public sealed class AuditEntry
{
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
    /// <summary>The entity before the change as JSON; null when created.</summary>
    public string? Before { get; set; }
    /// <summary>The entity after the change as JSON; null when deleted.</summary>
    public string? After { get; set; }
}
