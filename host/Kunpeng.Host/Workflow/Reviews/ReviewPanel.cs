using Kunpeng.Host.Workflow.Writing;
using Kunpeng.Registry;

namespace Kunpeng.Host.Workflow.Reviews;

/// <summary>A cycle's review panel (评审小组), formed by the bureau (<c>panels</c>, id = cycle id).</summary>
public sealed class ReviewPanel : IVersionedRecord
{
    public static readonly RecordSet<ReviewPanel> Set = new("panels");

    /// <summary>
    /// A cycle has a panel or not as everyone who knows the cycle may know; who may read or change it
    /// is each step's rule (the domain's bureau and the Talent Office), so anyone else gets 403.
    /// </summary>
    public static readonly RecordKind<ReviewPanel> Kind = new()
    {
        Set = Set,
        EntityType = "panel",
        Title = "Panel",
        DomainOf = p => p.DomainId,
        CanSee = (_, _) => true,
    };

    /// <summary>The cycle's id.</summary>
    public string Id { get; set; } = "";
    public string DomainId { get; set; } = "";
    /// <summary>Expert-reviewer account ids.</summary>
    public List<string> ReviewerIds { get; set; } = [];
    public int Version { get; set; } = 1;
}
