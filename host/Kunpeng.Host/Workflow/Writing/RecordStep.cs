using Kunpeng.Host.Security;

namespace Kunpeng.Host.Workflow.Writing;

/// <summary>
/// One change to an existing record, as the write path runs it. Each part is checked at its fixed
/// place in the order (see <see cref="ChangeSet.Change{T}(RecordKind{T}, string, IfMatch, RecordStep{T})"/>),
/// so the same mistake gets the same status from every endpoint.
/// </summary>
public sealed class RecordStep<T> where T : class
{
    /// <summary>The audited action (<c>nomination.submitted</c>); also the record kind's stage move of that name, if it has one.</summary>
    public required string Action { get; init; }

    /// <summary>Refuses (403) a caller who may see the record but not do this to it.</summary>
    public Action<Actor, T>? Authorize { get; init; }

    /// <summary>Refuses (409) what the record's state or related records do not allow, beyond the stage table.</summary>
    public Action<ChangeSet, T>? Require { get; init; }

    /// <summary>Records (400) what is wrong with the request itself, every field at once.</summary>
    public Action<ChangeSet, T, FieldErrors>? Validate { get; init; }

    /// <summary>The change, on the loaded record; the write path then moves its stage, bumps its version, stores it and audits it.</summary>
    public required Action<ChangeSet, T> Apply { get; init; }
}
