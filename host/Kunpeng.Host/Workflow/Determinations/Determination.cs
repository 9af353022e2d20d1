namespace Kunpeng.Host.Workflow.Determinations;

/// <summary>The bureau's proposed list (建议人选) for a cycle, per tier (<c>determinations</c>, id = cycle id).</summary>
public sealed class Determination
{
    public string Id { get; set; } = "";
    public string DomainId { get; set; } = "";
    public List<DeterminedTier> Tiers { get; set; } = [];
    public DeterminationStatus Status { get; set; } = DeterminationStatus.Proposed;
    public string? ApprovedBy { get; set; }
    public int Version { get; set; } = 1;
}
