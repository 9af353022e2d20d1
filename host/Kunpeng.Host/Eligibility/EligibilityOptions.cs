namespace Kunpeng.Host.Eligibility;

/// <summary>Limits of the eligibility endpoints (<c>Kunpeng:Eligibility</c>).</summary>
public sealed class EligibilityOptions
{
    public const string Section = "Kunpeng:Eligibility";

    /// <summary>
    /// Most profiles one screening request may carry. The whole batch is held in memory and answered
    /// in one response; 10,000 (a district's nominee list many times over) keeps both to tens of MB.
    /// </summary>
    public int MaxProfilesPerScreening { get; set; } = 10_000;

    /// <summary>
    /// Most profiles one screening with detail=full may carry: every condition's outcome of every tier of
    /// every domain is about 35 KB a profile, so 1,000 keep one answer near 35 MB (10,000 made 368 MB).
    /// </summary>
    public int MaxProfilesPerFullScreening { get; set; } = 1_000;
}
