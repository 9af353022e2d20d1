namespace Kunpeng.Host.Demo;

/// <summary>The workplaces and bodies the demo's people belong to.</summary>
public static class DemoUnits
{
    /// <summary>A school: nominates its teachers for education, and its music teacher for culture.</summary>
    public const string School = "武清区杨村第一中学";

    /// <summary>The district hospital (区医院, a continuing-education base of the health rules): nominates its doctors.</summary>
    public const string DistrictHospital = "武清区人民医院";

    /// <summary>The traditional Chinese medicine hospital (中医院, another continuing-education base).</summary>
    public const string TcmHospital = "武清区中医医院";

    /// <summary>Where the culture self-applicant works.</summary>
    public const string CultureCentre = "武清区文化馆";
}
