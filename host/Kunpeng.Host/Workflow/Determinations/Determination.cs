using Kunpeng.Host.Workflow.Writing;
using Kunpeng.Registry;

namespace Kunpeng.Host.Workflow.Determinations;

/// <summary>The bureau's proposed list (建议人选) for a cycle, per tier (<c>determinations</c>, id = cycle id).</summary>
public sealed class Determination : IVersionedRecord
{
    public static readonly RecordSet<Determination> Set = new("determinations");

    /// <summary>
    /// A cycle's list is known to exist by everyone who knows the cycle (cycles are public); who may
    /// read or change it is each step's rule (the domain's bureau and the Talent Office), so anyone
    /// else gets 403, not 404.
    /// </summary>
    public static readonly RecordKind<Determination> Kind = new()
    {
        Set = Set,
        EntityType = "determination",
        Title = "Determination",
        DomainOf = d => d.DomainId,
        CanSee = (_, _) => true,
    };

    /// <summary>The cycle's id.</summary>
    public string Id { get; set; } = "";
    public string DomainId { get; set; } = "";
    public List<DeterminedTier> Tiers { get; set; } = [];
    public DeterminationStatus Status { get; set; } = DeterminationStatus.Proposed;
    public string? ApprovedBy { get; set; }
    /// <summary>The tolerance (percent over quota) in force when the list was last checked.</summary>
    public int TolerancePercent { get; set; }
    /// <summary>Tiers filled beyond quota plus tolerance when the bureau asked to fix the list.</summary>
    public List<string> TiersBeyondTolerance { get; set; } = [];
    public string? ProposedBy { get; set; }
    public DateTime? ProposedUtc { get; set; }
    public string? FixedBy { get; set; }
    public DateTime? FixedUtc { get; set; }
    /// <summary>Why the Talent Office returned it, when it did.</summary>
    public string? ReturnedReason { get; set; }
    public int Version { get; set; } = 1;
}
