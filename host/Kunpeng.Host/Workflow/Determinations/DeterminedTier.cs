namespace Kunpeng.Host.Workflow.Determinations;

/// <summary>One tier of a determination: who is selected, against which quota.</summary>
public sealed class DeterminedTier
{
    public string Tier { get; set; } = "";
    public List<string> NominationIds { get; set; } = [];
    /// <summary>The tier's yearly target from the domain plugin; null where the rules give no number.</summary>
    public int? Quota { get; set; }

    /// <summary>The most the tier may hold without the Talent Office's approval: quota plus tolerance, rounded down; null without a quota.</summary>
    public int? Limit(int tolerancePercent) => Quota is { } q ? q * (100 + tolerancePercent) / 100 : null;

    /// <summary>More are selected than <see cref="Limit"/> allows.</summary>
    public bool IsBeyond(int tolerancePercent) => Limit(tolerancePercent) is { } limit && NominationIds.Count > limit;
}
