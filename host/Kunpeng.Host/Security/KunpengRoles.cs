namespace Kunpeng.Host.Security;

/// <summary>The roles people act in. Values are what tokens carry in their role claim.</summary>
public static class KunpengRoles
{
    /// <summary>区人才办: sees and accepts everything.</summary>
    public const string TalentOffice = "talent-office";

    /// <summary>An officer of one domain's organizing bureau: only that domain.</summary>
    public const string BureauOfficer = "bureau-officer";

    /// <summary>An expert on a review panel: only the nominations assigned to them.</summary>
    public const string ExpertReviewer = "expert-reviewer";

    /// <summary>A nominating unit (or association): only its own nominations.</summary>
    public const string NominatingUnit = "nominating-unit";

    /// <summary>An individual applying for themselves, where the domain allows it (culture).</summary>
    public const string Applicant = "applicant";

    public static readonly IReadOnlyList<string> All = [TalentOffice, BureauOfficer, ExpertReviewer, NominatingUnit, Applicant];
}
