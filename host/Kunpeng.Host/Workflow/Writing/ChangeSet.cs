using System.Text.Json.Nodes;
using Kunpeng.Host.Problems;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Audit;
using Kunpeng.Registry;

namespace Kunpeng.Host.Workflow.Writing;

/// <summary>
/// One transaction of the write path, acting for one caller. Every change made through it is checked
/// in one fixed order and audited with its before and after:
/// <list type="number">
/// <item>404: the record does not exist, or the caller may not see it (the kind's scope rule);</item>
/// <item>403: the caller may see it but not do this (the step's <c>Authorize</c>);</item>
/// <item>428 / 412: If-Match absent, or not the current version;</item>
/// <item>409: the stage table has no such move from the current stage, or the step's <c>Require</c> refuses;</item>
/// <item>400: the step's <c>Validate</c> found bad input (all fields at once);</item>
/// </list>
/// then the change is applied, the stage moved, the version bumped, the record stored and the audit
/// entry appended, all in the transaction. 401 comes before all of it (authentication).
/// </summary>
public sealed class ChangeSet
{
    private readonly AuditTrail _audit;
    private readonly HashSet<string> _touched = new(StringComparer.Ordinal);

    internal ChangeSet(IRegistryTransaction transaction, Actor actor, AuditTrail audit, ProgrammeClock clock)
    {
        Transaction = transaction;
        Actor = actor;
        _audit = audit;
        Clock = clock;
    }

    public IRegistryTransaction Transaction { get; }

    public Actor Actor { get; }

    public ProgrammeClock Clock { get; }

    /// <summary>The record sets this transaction wrote to (told to the write observers once it commits).</summary>
    public IReadOnlyCollection<string> Touched => _touched;

    /// <summary>A record set, for reads inside the transaction that need no scope check (related records a step consults).</summary>
    public IRecordWriter<T> Records<T>(RecordSet<T> set) where T : class => Transaction.Records(set);

    /// <summary>A record the caller may see, for a step that reads it inside the transaction; 404 otherwise.</summary>
    public T Load<T>(RecordKind<T> kind, string id) where T : class, IVersionedRecord =>
        Transaction.Records(kind.Set).FindForUpdate(id) is { } record && kind.CanSee(Actor, record)
            ? record
            : throw new NotFoundException(kind.Title, id);

    /// <summary>Changes the record with this id: the checks in order, then the change, stored and audited.</summary>
    public T Change<T>(RecordKind<T> kind, string id, IfMatch ifMatch, RecordStep<T> step) where T : class, IVersionedRecord
    {
        var record = Load(kind, id);
        step.Authorize?.Invoke(Actor, record);
        RequireCurrent(kind, record, ifMatch);
        return Apply(kind, record, step);
    }

    /// <summary>
    /// Changes a record that exists implicitly until it is first stored (a catalogue entry is the
    /// plugin's default, at version 1, until a bureau edits it): a stored one is changed as
    /// <see cref="Change{T}"/> changes it; otherwise <paramref name="unstored"/> builds it at its implicit
    /// version, the same checks run, and it is stored new (audited as created, with all its fields).
    /// </summary>
    public T ChangeOrCreate<T>(RecordKind<T> kind, string id, IfMatch ifMatch, Func<T> unstored, RecordStep<T> step) where T : class, IVersionedRecord
    {
        if (Transaction.Records(kind.Set).FindForUpdate(id) is not null)
        {
            return Change(kind, id, ifMatch, step);
        }

        var record = unstored();
        if (!kind.CanSee(Actor, record))
        {
            throw new NotFoundException(kind.Title, id);
        }

        step.Authorize?.Invoke(Actor, record);
        RequireCurrent(kind, record, ifMatch);
        Check(kind, record, step);
        step.Apply(this, record);
        kind.Stages?.Move(record, step.Action);
        record.Version++;
        return Insert(kind, record, step.Action);
    }

    /// <summary>
    /// Deletes the record with this id in the order of a change (404, 403, 428/412, 409 from the step's
    /// <c>Require</c> or the stage table, 400), auditing what it was.
    /// </summary>
    public void Delete<T>(RecordKind<T> kind, string id, IfMatch ifMatch, RecordStep<T> step) where T : class, IVersionedRecord
    {
        var record = Load(kind, id);
        step.Authorize?.Invoke(Actor, record);
        RequireCurrent(kind, record, ifMatch);
        Check(kind, record, step);
        step.Apply(this, record);
        Delete(kind, record, step.Action);
    }

    /// <summary>
    /// Runs every check of <see cref="Change{T}"/> in its order and changes nothing: for a step with work
    /// outside the transaction (a document's bytes stored before the record names them) that must not
    /// start unless the change would be allowed.
    /// </summary>
    public T Check<T>(RecordKind<T> kind, string id, IfMatch ifMatch, RecordStep<T> step) where T : class, IVersionedRecord
    {
        var record = Load(kind, id);
        step.Authorize?.Invoke(Actor, record);
        RequireCurrent(kind, record, ifMatch);
        Check(kind, record, step);
        return record;
    }

    /// <summary>
    /// Changes a related record the step holds (a nomination a determination selects, the cycle a plan
    /// moves): the caller's If-Match was for the record the request named, so only the stage, the state
    /// and the input are checked here.
    /// </summary>
    public T ChangeRelated<T>(RecordKind<T> kind, T record, RecordStep<T> step) where T : class, IVersionedRecord
    {
        step.Authorize?.Invoke(Actor, record);
        return Apply(kind, record, step);
    }

    /// <summary>Creates a record under its parent: the checks in order, then the record built, stored and audited.</summary>
    public T Create<TParent, T>(RecordKind<T> kind, NewRecordStep<TParent, T> step) where T : class, IVersionedRecord
    {
        var parent = step.Parent(this);
        step.Authorize?.Invoke(Actor, parent);
        step.Require?.Invoke(this, parent);
        if (step.Validate is { } validate)
        {
            var errors = new FieldErrors();
            validate(this, parent, errors);
            errors.ThrowIfAny();
        }

        var record = step.Build(this, parent);
        Insert(kind, record, step.Action);
        return record;
    }

    /// <summary>Stores a new record built by the step that checked it, and audits it.</summary>
    public T Insert<T>(RecordKind<T> kind, T record, string action) where T : class, IVersionedRecord
    {
        Transaction.Records(kind.Set).Insert(record);
        _touched.Add(kind.Set.Name);
        _audit.Record(Transaction, Actor, action, kind.EntityType, record.Id, kind.DomainOf(record), null, AuditSnapshot.Of(kind.AuditedOf(record)), kind.RootOf?.Invoke(record));
        return record;
    }

    /// <summary>
    /// Stores a record that is never changed once written (a ledger line, an appended log entry) and
    /// audits it under <paramref name="entityType"/>.
    /// </summary>
    public T Append<T>(RecordSet<T> set, T record, string action, string entityType, string entityId, string? domainId, AuditRoot? root = null)
        where T : class
    {
        Transaction.Records(set).Insert(record);
        _touched.Add(set.Name);
        _audit.Record(Transaction, Actor, action, entityType, entityId, domainId, null, AuditSnapshot.Of(record), root);
        return record;
    }

    /// <summary>Audits an event that changes no record (a login, a refused login) in this transaction.</summary>
    public void Note(string action, string entityType, string entityId, string? domainId, JsonObject details) =>
        _audit.Record(Transaction, Actor, action, entityType, entityId, domainId, null, details);

    /// <summary>Deletes a record the step has checked, auditing what it was.</summary>
    public void Delete<T>(RecordKind<T> kind, T record, string action) where T : class, IVersionedRecord
    {
        Transaction.Records(kind.Set).Delete(record.Id);
        _touched.Add(kind.Set.Name);
        _audit.Record(Transaction, Actor, action, kind.EntityType, record.Id, kind.DomainOf(record), AuditSnapshot.Of(kind.AuditedOf(record)), null, kind.RootOf?.Invoke(record));
    }

    private T Apply<T>(RecordKind<T> kind, T record, RecordStep<T> step) where T : class, IVersionedRecord
    {
        Check(kind, record, step);
        var before = AuditSnapshot.Of(kind.AuditedOf(record));
        step.Apply(this, record);
        kind.Stages?.Move(record, step.Action);
        record.Version++;
        Transaction.Records(kind.Set).Update(record);
        _touched.Add(kind.Set.Name);
        var (changedBefore, changedAfter) = AuditSnapshot.Changes(before, AuditSnapshot.Of(kind.AuditedOf(record)));
        _audit.Record(Transaction, Actor, step.Action, kind.EntityType, record.Id, kind.DomainOf(record), changedBefore, changedAfter, kind.RootOf?.Invoke(record));
        return record;
    }

    /// <summary>The stage table's move (409), the step's state rule (409) and its input (400), in that order.</summary>
    private void Check<T>(RecordKind<T> kind, T record, RecordStep<T> step) where T : class, IVersionedRecord
    {
        if (kind.Stages is { } stages && stages.Governs(step.Action))
        {
            stages.RequireMove(record, step.Action);
        }

        step.Require?.Invoke(this, record);
        if (step.Validate is { } validate)
        {
            var errors = new FieldErrors();
            validate(this, record, errors);
            errors.ThrowIfAny();
        }
    }

    /// <summary>The If-Match check at its place in the order: 428 when absent, 412 when it is not the record's current version.</summary>
    public static void RequireCurrent<T>(RecordKind<T> kind, T record, IfMatch ifMatch) where T : class, IVersionedRecord
    {
        if (!ifMatch.IsGiven)
        {
            throw new PreconditionRequiredException();
        }

        if (!ifMatch.Matches(record.Version))
        {
            throw new PreconditionFailedException(kind.Title, record.Id, record.Version);
        }
    }
}
