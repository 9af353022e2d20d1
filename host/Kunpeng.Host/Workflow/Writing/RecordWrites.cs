using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Audit;
using Kunpeng.Registry;

namespace Kunpeng.Host.Workflow.Writing;

/// <summary>
/// The write path: every state change of the workflow is one <see cref="Write{T}"/>, a registry
/// transaction whose changes go through a <see cref="ChangeSet"/> (checked in one order, audited with
/// before and after). Once it has committed, the observers hear which record sets it touched.
/// </summary>
public sealed class RecordWrites(IRegistry registry, AuditTrail audit, ProgrammeClock clock, IEnumerable<IRecordWriteObserver> observers)
{
    private readonly IReadOnlyList<IRecordWriteObserver> _observers = observers.ToList();

    /// <summary>Runs <paramref name="work"/> in one transaction for <paramref name="actor"/>; all of it is stored, or none.</summary>
    public T Write<T>(Actor actor, Func<ChangeSet, T> work)
    {
        ChangeSet? changes = null;
        var result = registry.Write(tx =>
        {
            changes = new ChangeSet(tx, actor, audit, clock);
            return work(changes);
        });
        if (changes is { Touched.Count: > 0 } touched)
        {
            foreach (var observer in _observers)
            {
                observer.Committed(touched.Touched);
            }
        }

        return result;
    }

    /// <summary>One change to the record with this id (see <see cref="ChangeSet"/> for the order of checks).</summary>
    public T Change<T>(Actor actor, RecordKind<T> kind, string id, IfMatch ifMatch, RecordStep<T> step) where T : class, IVersionedRecord =>
        Write(actor, changes => changes.Change(kind, id, ifMatch, step));

    /// <summary>Deletes the record with this id (checked in the order of a change).</summary>
    public void Delete<T>(Actor actor, RecordKind<T> kind, string id, IfMatch ifMatch, RecordStep<T> step) where T : class, IVersionedRecord =>
        Write(actor, changes =>
        {
            changes.Delete(kind, id, ifMatch, step);
            return true;
        });

    /// <summary>Whether the change would be allowed, every check in order, against committed data; nothing is written.</summary>
    public T Check<T>(Actor actor, RecordKind<T> kind, string id, IfMatch ifMatch, RecordStep<T> step) where T : class, IVersionedRecord =>
        Write(actor, changes => changes.Check(kind, id, ifMatch, step));

    /// <summary>One new record under its parent.</summary>
    public T Create<TParent, T>(Actor actor, RecordKind<T> kind, NewRecordStep<TParent, T> step) where T : class, IVersionedRecord =>
        Write(actor, changes => changes.Create(kind, step));
}
