using Kunpeng.Host.Security;

namespace Kunpeng.Host.Workflow.Reviews;

/// <summary>A cycle's panel as people read it: the reviewer ids a change sends, and who they are, by name.</summary>
/// <param name="Id">The cycle's id.</param>
/// <param name="DomainId">The cycle's domain.</param>
/// <param name="ReviewerIds">Expert-reviewer account ids, as <c>PUT …/panel</c> takes them.</param>
/// <param name="Reviewers">The same experts with their names and expertise, in the same order.</param>
/// <param name="Version">The ETag a change sends in If-Match.</param>
public sealed record PanelView(string Id, string DomainId, IReadOnlyList<string> ReviewerIds, IReadOnlyList<ReviewerView> Reviewers, int Version);
