using Kunpeng.Abstractions;

namespace Kunpeng.Plugins.Sports;

/// <summary>A sample domain's measures catalogue.</summary>
public sealed class SportsMeasures : IMeasureCatalog
{
    public string DomainId => "sports";

    public IReadOnlyList<MeasureDefinition> Measures { get; } =
    [
        new("coaching-clinic", "五.1", "教练员研修", "每年组织一次教练员集中研修，邀请专家授课。", MeasureCategory.Training,
            ["集中研修", "专家授课"], [new("clinics-per-year", "每年组织一次教练员集中研修", 1, null)]),
    ];
}
