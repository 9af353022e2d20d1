using Kunpeng.Host.Problems;
using Kunpeng.Host.Security;
using Kunpeng.Registry;

namespace Kunpeng.Host.Workflow.Writing;

/// <summary>The read side of the scope guard: a record named by id is returned only to a caller who may see it; to anyone else it does not exist.</summary>
public sealed class RecordReads(IRegistry registry)
{
    /// <summary>The record, or 404 (absent and invisible alike).</summary>
    public T Get<T>(Actor actor, RecordKind<T> kind, string id) where T : class, IVersionedRecord =>
        Find(actor, kind, id) ?? throw new NotFoundException(kind.Title, id);

    /// <summary>The record if it exists and the caller may see it.</summary>
    public T? Find<T>(Actor actor, RecordKind<T> kind, string id) where T : class, IVersionedRecord =>
        registry.Read(kind.Set).Find(id) is { } record && kind.CanSee(actor, record) ? record : null;
}
