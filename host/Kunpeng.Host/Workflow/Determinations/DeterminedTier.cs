namespace Kunpeng.Host.Workflow.Determinations;

/// <summary>One tier of a determination: who is selected, against which quota.</summary>
public sealed class DeterminedTier
{
    public string Tier { get; set; } = "";
    public List<string> NominationIds { get; set; } = [];
    /// <summary>The tier's yearly target from the domain plugin; null where the rules give no number.</summary>
    public int? Quota { get; set; }
}
