using Kunpeng.Abstractions;

namespace Kunpeng.Plugins.EnterpriseManagement;

/// <summary>
/// 企业经营管理领域 五、主要措施: the three measures the 区工业经委 plans trainings from. Each heading
/// (集中专题培训, …) is the title and the rest of the item its text. The rules give no countable
/// yearly target for any of them, so every measure's target list is empty.
/// </summary>
public sealed class EnterpriseManagementMeasures : IMeasureCatalog
{
    /// <inheritdoc />
    public string DomainId => "enterprise-management";

    /// <inheritdoc />
    public IReadOnlyList<MeasureDefinition> Measures { get; } =
    [
        new(
            Id: "thematic-training",
            Clause: "五.1",
            TitleZh: "集中专题培训",
            TextZh: "邀请在危机管理、企业战略、创新政策、上市投融资、市场营销等方面具有丰富经验的国内外专家来武清专题授课，组织各种学习交流活动。",
            Category: MeasureCategory.Training,
            FormsZh: ["专题授课", "学习交流活动"],
            Targets: []),
        new(
            Id: "study-tours",
            Clause: "五.2",
            TitleZh: "短期考察培训",
            TextZh: "组织到国内外先进地区、典型企事业单位考察交流。",
            Category: MeasureCategory.StudyTour,
            FormsZh: ["考察交流"],
            Targets: []),
        // Mostly study (研修, EMBA) with practice and projects beside it: filed as further education.
        new(
            Id: "personalized-development",
            Clause: "五.3",
            TitleZh: "个性化培养",
            TextZh: "根据入选人选实际需求，有针对性地通过选送研修、参加EMBA学位班、实践锻炼、以及承担重大科技项目等多种形式，" +
                "拓宽视野、更新理念，着力提升创新能力和国际化素养。",
            Category: MeasureCategory.FurtherEducation,
            FormsZh: ["选送研修", "EMBA学位班", "实践锻炼", "承担重大科技项目"],
            Targets: []),
    ];
}
