using Kunpeng.Abstractions;

namespace Kunpeng.Plugins.Agriculture;

/// <summary>
/// 农业领域 五、主要措施: the four measures the 区农委 plans trainings from. Each item opens with a
/// title sentence, which is the title here and is left out of the text. Building the local talent
/// information database (建立本土人才信息库) is part of 五.4, not a measure of its own. The rules give
/// no countable yearly target for any of them, so every measure's target list is empty.
/// </summary>
public sealed class AgricultureMeasures : IMeasureCatalog
{
    /// <inheritdoc />
    public string DomainId => "agriculture";

    /// <inheritdoc />
    public IReadOnlyList<MeasureDefinition> Measures { get; } =
    [
        new(
            Id: "tiered-training-system",
            Clause: "五.1",
            TitleZh: "构建分层分类的科学化培养体系",
            TextZh: "根据拔尖人才人选和骨干人才人选的培养目标要求和自身实际情况，整合已有培训项目，分层次、按类别构建农业领域人才培养体系。" +
                "通过组织开展名师大讲堂、集体读书班、短期封闭式培训等活动，提高农业人才储备水平和培养实效。",
            Category: MeasureCategory.Training,
            FormsZh: ["名师大讲堂", "集体读书班", "短期封闭式培训"],
            Targets: []),
        new(
            Id: "neighbouring-resources",
            Clause: "五.2",
            TitleZh: "借重周边资源助力本土人才成长",
            TextZh: "紧抓京津冀协同发展重大机遇，结合农业领域实际需要，组织本土人才赴周边先进地区，学经验、找差距，指导自身工作，提升能力素质。" +
                "开展与高校、科研院所的科技合作项目，聘请高校、科研院所技术人员作为顾问，直接深入一线指导农业技术，" +
                "邀请高校院所技术人员举办知识更新培训等活动，促进本土农业人才专业知识和业务水平提升。",
            Category: MeasureCategory.StudyTour,
            FormsZh: ["赴周边先进地区", "科技合作项目", "聘请高校、科研院所技术人员作为顾问", "知识更新培训"],
            Targets: []),
        new(
            Id: "development-platforms",
            Clause: "五.3",
            TitleZh: "打造本土人才开发平台载体",
            TextZh: "建立各类创新创业平台和本土人才发挥作用载体。推进院士专家工作站和博士后科研工作站“两站联动”，" +
                "引导区域内人才开发载体间形成联动合作网络，探索人才开发载体合作新模式，推动本土农技人员数量和研发能力提升，培养带动青年后备力量成长。",
            Category: MeasureCategory.Platform,
            FormsZh: ["创新创业平台", "院士专家工作站", "博士后科研工作站", "联动合作网络"],
            Targets: []),
        new(
            Id: "evaluation-and-incentives",
            Clause: "五.4",
            TitleZh: "完善本土人才评价激励机制",
            TextZh: "在农业领域开展岗位练兵、技术比武和技能竞赛等活动，搭建优秀本土人才发现平台。选树先进典型，激发本土人才活力，" +
                "建立本土人才信息库，激发本土人才干事创业热情。",
            Category: MeasureCategory.EvaluationIncentive,
            FormsZh: ["岗位练兵", "技术比武", "技能竞赛", "选树先进典型", "建立本土人才信息库"],
            Targets: []),
    ];
}
