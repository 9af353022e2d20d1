using Kunpeng.Host.Security;
using Kunpeng.Registry;

namespace Kunpeng.Host.Workflow.Writing;

/// <summary>
/// What the write path needs to know of one kind of versioned record: where it is stored, what the
/// audit calls it, which domain it belongs to, who may see it (the scope guard's rule for this kind)
/// and, for records that move through stages, its stage table.
/// </summary>
public sealed class RecordKind<T> where T : class, IVersionedRecord
{
    public required RecordSet<T> Set { get; init; }

    /// <summary>The audit trail's entity type, lower case (<c>nomination</c>).</summary>
    public required string EntityType { get; init; }

    /// <summary>How problems name it (<c>Nomination</c>).</summary>
    public required string Title { get; init; }

    /// <summary>The domain a record belongs to, for the audit trail and scope; null for programme-wide records.</summary>
    public required Func<T, string?> DomainOf { get; init; }

    /// <summary>
    /// Whether the caller may know the record exists. A record the caller may not see is answered
    /// exactly as one that does not exist (404), in every step.
    /// </summary>
    public required Func<Actor, T, bool> CanSee { get; init; }

    /// <summary>The record whose trail this one's changes belong to as well (a review's nomination); null when it is its own root.</summary>
    public Func<T, AuditRoot?>? RootOf { get; init; }

    /// <summary>
    /// What the audit trail keeps of a record, where that is less than the record (a person's resident
    /// ID masked: the trail is read more widely than the record); null keeps the whole record.
    /// </summary>
    public Func<T, object>? Audited { get; init; }

    /// <summary>The record as the audit trail keeps it.</summary>
    public object AuditedOf(T record) => Audited?.Invoke(record) ?? record;

    /// <summary>The stages the record moves through and the moves each action may make; null for records without stages.</summary>
    public IStageTable<T>? Stages { get; init; }
}
