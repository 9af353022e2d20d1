using Kunpeng.Abstractions;

namespace Kunpeng.Plugins.ProfessionalTechnical;

/// <summary>
/// 专业技术领域 五、主要措施: the four measures the 区人力社保局 plans from. The items have no separate
/// headings (their first sentence already states the measure), so each text is the whole item and
/// each title is a short name drawn from it
/// (职称导向 for 发挥专业技术职称的导向作用). The rules give no countable yearly target for any of them.
/// </summary>
public sealed class ProfessionalTechnicalMeasures : IMeasureCatalog
{
    /// <inheritdoc />
    public string DomainId => "professional-technical";

    /// <inheritdoc />
    public IReadOnlyList<MeasureDefinition> Measures { get; } =
    [
        // Verbatim, including the ASCII comma after 素质能力 as the rules print it.
        new(
            Id: "knowledge-renewal",
            Clause: "五.1",
            TitleZh: "知识更新工程",
            TextZh: "着力提升专业技术人才素质能力,大力实施专业技术人才知识更新工程。大力推进专业技术人才继续教育，" +
                "完善专业技术人才继续教育的激励与约束机制、需求引导和绩效评估机制。",
            Category: MeasureCategory.FurtherEducation,
            FormsZh: ["知识更新工程", "继续教育"],
            Targets: []),
        new(
            Id: "high-level-selection",
            Clause: "五.2",
            TitleZh: "重点选拔",
            TextZh: "重点选拔，加快高层次专业技术人才的培养。把高层次专业技术人才作为选拔培养的重点，统筹规划、突出重点、集中力量，" +
                "加快高层次专业技术人才队伍建设。继续做好享受政府特殊津贴和市级以上各类专家称号的推荐工作，" +
                "积极组织实施市“131”创新型人才培养工程。",
            Category: MeasureCategory.EvaluationIncentive,
            FormsZh: ["享受政府特殊津贴", "市级以上各类专家称号的推荐工作", "市“131”创新型人才培养工程"],
            Targets: []),
        // Verbatim: the rules print 业技术人才 (专 dropped) in this item's first sentence.
        new(
            Id: "platforms",
            Clause: "五.3",
            TitleZh: "平台载体建设",
            TextZh: "继续强化业技术人才发展的平台载体建设。继续做好企业博士后科研工作站的服务工作，提升人才平台载体的规模和水平。",
            Category: MeasureCategory.Platform,
            FormsZh: ["企业博士后科研工作站"],
            Targets: []),
        new(
            Id: "professional-titles",
            Clause: "五.4",
            TitleZh: "职称导向",
            TextZh: "进一步发挥专业技术职称的导向作用，鼓励引导本土专业技术人才申报职称。",
            Category: MeasureCategory.EvaluationIncentive,
            FormsZh: ["申报职称"],
            Targets: []),
    ];
}
