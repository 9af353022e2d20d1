namespace Kunpeng.Host.Workflow.Writing;

/// <summary>The record a change belongs to in the audit trail besides its own (a review's nomination).</summary>
public sealed record AuditRoot(string EntityType, string EntityId);
