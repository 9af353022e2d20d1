namespace Kunpeng.Workflow.Tests.Infrastructure;

/// <summary>Education profiles (docs/profile-facts.md) for a 2015 cycle (reference date 2015-09-30).</summary>
public static class Profiles
{
    /// <summary>Meets every hard condition of the top tier; the qualitative ones await the panel.</summary>
    public static object EducationTop() => new
    {
        educationLevel = "bachelor",
        professionalTitle = "associate-senior",
        teachingYears = 15,
        isPrincipal = false,
        papers = new object[] { new { year = 2013, recognition = "municipal" }, new { year = 2014, recognition = "district" } },
        researchProjects = new object[] { new { year = 2014, level = "district", rank = 1, status = "completed" } },
    };

    /// <summary>Meets the backbone tier's hard conditions; whether the general age condition holds depends on the birth date.</summary>
    public static object EducationBackbone(decimal teachingYears = 8) => new
    {
        educationLevel = "bachelor",
        professionalTitle = "intermediate",
        teachingYears,
        papers = new object[] { new { year = 2013, recognition = "district" }, new { year = 2014, recognition = "none" } },
        researchProjects = new object[] { new { year = 2014, level = "district", rank = 5, status = "ongoing" } },
    };
}
