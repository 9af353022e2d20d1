using Kunpeng.Host.Security;

namespace Kunpeng.Host.Workflow.Writing;

/// <summary>
/// The creation of a record under a parent (a nomination in a cycle, a plan of a cycle), in the same
/// order as a change: the parent (404 when named by the path, 400 when named by the body), who may
/// (403), what the state allows (409), what the request says (400), then the record is built, stored
/// and audited.
/// </summary>
public sealed class NewRecordStep<TParent, T> where T : class
{
    /// <summary>The audited action (<c>nomination.created</c>).</summary>
    public required string Action { get; init; }

    /// <summary>Loads the parent through the scope guard.</summary>
    public required Func<ChangeSet, TParent> Parent { get; init; }

    public Action<Actor, TParent>? Authorize { get; init; }

    public Action<ChangeSet, TParent>? Require { get; init; }

    public Action<ChangeSet, TParent, FieldErrors>? Validate { get; init; }

    public required Func<ChangeSet, TParent, T> Build { get; init; }
}
