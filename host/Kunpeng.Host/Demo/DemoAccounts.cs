using Kunpeng.Host.Security;

namespace Kunpeng.Host.Demo;

/// <summary>One demo account: its login name, the name others see, its role and scope.</summary>
public sealed record DemoAccount(string UserName, string DisplayName, string Role, string? DomainId = null, string? Unit = null);

/// <summary>
/// The demo's accounts. They all share the configured demo password (<see cref="DemoOptions.Password"/>);
/// their user names start with <c>demo.</c> so they are never taken for real ones.
/// </summary>
public static class DemoAccounts
{
    /// <summary>区人才办: opens the year, accepts the education cycle and releases its grants.</summary>
    public static readonly DemoAccount TalentOffice = new("demo.talent.office", "区人才办 周建华", KunpengRoles.TalentOffice);

    /// <summary>区教育局: runs the education cycle, drafts and files its plan.</summary>
    public static readonly DemoAccount EducationOfficer = new("demo.edu.officer", "区教育局 刘建国", KunpengRoles.BureauOfficer, DomainId: "education");

    /// <summary>A second education officer: approves the plan the first one submitted (nobody approves their own).</summary>
    public static readonly DemoAccount EducationApprover = new("demo.edu.approver", "区教育局 陈志强", KunpengRoles.BureauOfficer, DomainId: "education");

    /// <summary>区卫生局: runs the health cycle.</summary>
    public static readonly DemoAccount HealthOfficer = new("demo.health.officer", "区卫生局 王海燕", KunpengRoles.BureauOfficer, DomainId: "health");

    public static readonly DemoAccount ExpertWang = new("demo.expert.wang", "评审专家 王立新", KunpengRoles.ExpertReviewer);

    public static readonly DemoAccount ExpertLi = new("demo.expert.li", "评审专家 李淑琴", KunpengRoles.ExpertReviewer);

    public static readonly DemoAccount ExpertZhao = new("demo.expert.zhao", "评审专家 赵振国", KunpengRoles.ExpertReviewer);

    /// <summary>Nominates teachers for education and its music teacher for culture.</summary>
    public static readonly DemoAccount School = new("demo.unit.school", DemoUnits.School, KunpengRoles.NominatingUnit, Unit: DemoUnits.School);

    /// <summary>Nominates doctors for health.</summary>
    public static readonly DemoAccount Hospital = new("demo.unit.hospital", DemoUnits.DistrictHospital, KunpengRoles.NominatingUnit, Unit: DemoUnits.DistrictHospital);

    /// <summary>Applies for herself in culture (the only domain that takes self-applications).</summary>
    public static readonly DemoAccount CultureApplicant = new("demo.culture.applicant", "马晓燕", KunpengRoles.Applicant);

    public static IReadOnlyList<DemoAccount> All { get; } =
    [
        TalentOffice, EducationOfficer, EducationApprover, HealthOfficer, ExpertWang, ExpertLi, ExpertZhao, School, Hospital, CultureApplicant,
    ];
}
