namespace Kunpeng.Host.Demo;

/// <summary>
/// The demo's ten people. Their facts are shaped so the real plugins' screening (reference date:
/// the rules' 2015 deadline) gives each the verdict the demo's story needs, noted per person.
/// </summary>
public static class DemoPeople
{
    // ---- education (武清区杨村第一中学) ---------------------------------------------------

    /// <summary>Top tier, every hard condition met: pending-review (the panel judges the qualitative ones).</summary>
    public static readonly DemoPerson LiMinghua = new("李明华", new DateOnly(1975, 3, 8), Male: true, 1, DemoUnits.School, new
    {
        educationLevel = "bachelor",
        professionalTitle = "associate-senior",
        teachingYears = 18,
        isPrincipal = false,
        papers = new object[] { new { year = 2012, recognition = "district" }, new { year = 2013, recognition = "municipal" }, new { year = 2014, recognition = "district" } },
        researchProjects = new object[] { new { year = 2014, level = "district", rank = 1, status = "completed" } },
    });

    /// <summary>Top tier, every hard condition met: pending-review.</summary>
    public static readonly DemoPerson ZhangLi = new("张丽", new DateOnly(1979, 11, 20), Male: false, 2, DemoUnits.School, new
    {
        educationLevel = "master",
        professionalTitle = "associate-senior",
        teachingYears = 12,
        isPrincipal = false,
        papers = new object[] { new { year = 2013, recognition = "municipal" }, new { year = 2015, recognition = "municipal" } },
        researchProjects = new object[] { new { year = 2015, level = "municipal", rank = 2, status = "ongoing" } },
    });

    /// <summary>Backbone tier, 47 at the reference date: the general age condition fails, needs-exception.</summary>
    public static readonly DemoPerson WangFang = new("王芳", new DateOnly(1968, 5, 1), Male: false, 3, DemoUnits.School, new
    {
        educationLevel = "bachelor",
        professionalTitle = "intermediate",
        teachingYears = 26,
        papers = new object[] { new { year = 2013, recognition = "district" }, new { year = 2014, recognition = "none" } },
        researchProjects = new object[] { new { year = 2014, level = "district", rank = 5, status = "ongoing" } },
    });

    /// <summary>Backbone tier, every condition met: eligible.</summary>
    public static readonly DemoPerson LiuYang = new("刘洋", new DateOnly(1986, 7, 15), Male: true, 4, DemoUnits.School, new
    {
        educationLevel = "master",
        professionalTitle = "intermediate",
        teachingYears = 6,
        papers = new object[] { new { year = 2014, recognition = "district" }, new { year = 2015, recognition = "none" } },
        researchProjects = new object[] { new { year = 2015, level = "district", rank = 3, status = "ongoing" } },
    });

    /// <summary>Backbone tier, two years of teaching and a junior title: ineligible.</summary>
    public static readonly DemoPerson ZhaoQiang = new("赵强", new DateOnly(1990, 1, 1), Male: true, 5, DemoUnits.School, new
    {
        educationLevel = "bachelor",
        professionalTitle = "junior",
        teachingYears = 2,
        papers = new object[] { new { year = 2015, recognition = "none" } },
        researchProjects = Array.Empty<object>(),
    });

    // ---- health (武清区人民医院) ------------------------------------------------------------

    /// <summary>Top tier, 副主任医师: pending-review.</summary>
    public static readonly DemoPerson SunZhigang = new("孙志刚", new DateOnly(1969, 9, 12), Male: true, 6, DemoUnits.DistrictHospital, new
    {
        educationLevel = "master",
        professionalTitle = "associate-senior",
    });

    /// <summary>Backbone tier, 主治医师, 31: pending-review.</summary>
    public static readonly DemoPerson ZhouMin = new("周敏", new DateOnly(1984, 4, 3), Male: false, 7, DemoUnits.DistrictHospital, new
    {
        educationLevel = "bachelor",
        professionalTitle = "intermediate",
    });

    /// <summary>Backbone tier, 主治医师, 32: pending-review.</summary>
    public static readonly DemoPerson WuLei = new("吴磊", new DateOnly(1982, 12, 26), Male: true, 8, DemoUnits.DistrictHospital, new
    {
        educationLevel = "master",
        professionalTitle = "intermediate",
    });

    // ---- culture ------------------------------------------------------------------------

    /// <summary>The school's music teacher, member of a municipal association: top tier, pending-review.</summary>
    public static readonly DemoPerson GuoWenbo = new("郭文博", new DateOnly(1971, 6, 18), Male: true, 9, DemoUnits.School, new
    {
        educationLevel = "bachelor",
        professionalTitle = "associate-senior",
        associationMembership = "municipal",
        cultureField = "arts",
    });

    /// <summary>A writer at the culture centre applying for herself, backbone tier (her draft is not submitted yet).</summary>
    public static readonly DemoPerson MaXiaoyan = new("马晓燕", new DateOnly(1988, 2, 14), Male: false, 10, DemoUnits.CultureCentre, new
    {
        educationLevel = "bachelor",
        associationMembership = "none",
        cultureField = "literature",
    });
}
