using Kunpeng.Host.Security;

namespace Kunpeng.Workflow.Tests.Infrastructure;

/// <summary>The people the tests act as.</summary>
public static class Actors
{
    public static readonly Actor TalentOffice = new("to-1", "区人才办 王主任", KunpengRoles.TalentOffice, null, null);
    public static readonly Actor HealthOfficer = new("hb-1", "区卫生局 李科长", KunpengRoles.BureauOfficer, "health", null);
    public static readonly Actor HealthOfficer2 = new("hb-2", "区卫生局 赵科员", KunpengRoles.BureauOfficer, "health", null);
    /// <summary>Works at the 区教师进修学校: drafts and submits the education plan.</summary>
    public static readonly Actor TeachersSchool = new("ed-1", "区教师进修学校 陈老师", KunpengRoles.BureauOfficer, "education", null);
    /// <summary>Works at the 区教育局: approves and files the education plan.</summary>
    public static readonly Actor EducationBureau = new("ed-2", "区教育局 周科长", KunpengRoles.BureauOfficer, "education", null);
    public static readonly Actor Reviewer = new("rv-1", "评审专家 孙教授", KunpengRoles.ExpertReviewer, null, null);
    public static readonly Actor Unit = new("un-1", "区医院", KunpengRoles.NominatingUnit, null, "区医院");
    public static readonly Actor Applicant = new("ap-1", "个人 申报", KunpengRoles.Applicant, null, "个人");

    /// <summary>An officer of the domain's bureau.</summary>
    public static Actor BureauOf(string domain) => new($"bureau-{domain}", $"{domain} bureau", KunpengRoles.BureauOfficer, domain, null);

    /// <summary>A nominating unit of that name.</summary>
    public static Actor UnitNamed(string unit) => new($"unit-{unit}", unit, KunpengRoles.NominatingUnit, null, unit);

    /// <summary>An individual applicant of that name.</summary>
    public static Actor ApplicantNamed(string name) => new($"applicant-{name}", name, KunpengRoles.Applicant, null, null);
}
