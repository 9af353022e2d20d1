using Kunpeng.Abstractions;

namespace Kunpeng.Plugins.HighSkill;

/// <summary>
/// 高技能领域 五、主要措施: the five measures the 区人力社保局 plans trainings from. The rules give no
/// countable yearly target for any of them (岗位练兵、技能比武 are held 定期, "regularly", without a
/// number; 定期研讨 likewise), so every measure's target list is empty.
/// </summary>
public sealed class HighSkillMeasures : IMeasureCatalog
{
    /// <inheritdoc />
    public string DomainId => "high-skill";

    /// <inheritdoc />
    public IReadOnlyList<MeasureDefinition> Measures { get; } =
    [
        new(
            Id: "layered-training-system",
            Clause: "五.1",
            TitleZh: "构建分层分类的科学化培训体系",
            TextZh: "根据拔尖人才人选和骨干人才人选的培养目标要求和自身实际情况，整合高技能领域已有培训项目，分层次，" +
                "按类别构建高技能领域人才培训体系。通过组织行之有效的培训活动，帮助人选拓宽视野、增长见识、更新理念，" +
                "提高高技能人才储备水平和培养实效。",
            Category: MeasureCategory.Training,
            FormsZh: ["已有培训项目", "分层次", "按类别", "培训活动"],
            Targets: []),
        new(
            // Study visits to advanced neighbouring regions, joint seminars and projects with
            // institutions of the region, and visiting experts: an exchange with the surroundings.
            Id: "regional-resources",
            Clause: "五.2",
            TitleZh: "借助周边资源助力本土人才成长",
            TextZh: "紧抓京津冀协同发展重大机遇，结合高技能领域实际需要，组织本土人才赴周边先进地区，学经验，找差距，" +
                "指导自身工作，提升能力素质。积极与京津冀区域内高校院所、科研机构、区外单位加强联系合作，" +
                "通过开展定期研讨、项目合作、课题攻关等活动，不断提高本土人才自身素质。通过引进有影响力的培训和中介机构，" +
                "邀请知名专家学者到武清开展讲学指导、战略咨询和人才培训等活动，促进本土高技能人才专业知识和业务水平提升。",
            Category: MeasureCategory.Exchange,
            FormsZh: ["赴周边先进地区", "定期研讨", "项目合作", "课题攻关", "讲学指导", "战略咨询", "人才培训"],
            Targets: []),
        new(
            Id: "talent-platforms",
            Clause: "五.3",
            TitleZh: "打造本土人才开发平台载体",
            TextZh: "为创新本土人才培养模式，充分发挥高技能领域专家辐射带动作用，加快高技能人才培养和推进青年后备人才梯队建设，" +
                "建立技能大师工作室，通过课题研究、成果推广、业务培训等形式，支持本土高技能人才开展本领域创新研究，" +
                "培养带动青年后备力量成长。",
            Category: MeasureCategory.Platform,
            FormsZh: ["技能大师工作室", "课题研究", "成果推广", "业务培训"],
            Targets: []),
        new(
            Id: "practice-in-projects",
            Clause: "五.4",
            TitleZh: "促进人才在实践锻炼中发挥作用",
            TextZh: "推行以项目发展促人才成长的培养模式，在重点项目开发运行中，给本土人才压担子、定目标、委以重任，" +
                "促进在发挥作用中成长成才。组织他们到发展一线进行锻炼，丰富经验，增长才干。",
            Category: MeasureCategory.Practice,
            FormsZh: ["以项目发展促人才成长", "压担子", "定目标", "委以重任", "到发展一线进行锻炼"],
            Targets: []),
        new(
            Id: "evaluation-and-incentives",
            Clause: "五.5",
            TitleZh: "完善本土人才评价激励机制",
            TextZh: "定期举办岗位练兵、技能比武和技能竞赛等活动，搭建优秀本土人才发现平台，组织开展人才评选表彰活动，" +
                "选树先进典型，激发本土人才活力。完善人才奖励政策，及时兑现本土人才相关奖励，激发本土人才干事创业热情。",
            Category: MeasureCategory.EvaluationIncentive,
            FormsZh: ["岗位练兵", "技能比武", "技能竞赛", "人才评选表彰活动", "人才奖励政策"],
            Targets: []),
    ];
}
