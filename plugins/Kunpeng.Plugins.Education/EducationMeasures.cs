using Kunpeng.Abstractions;

namespace Kunpeng.Plugins.Education;

/// <summary>
/// 教育领域 五、主要措施: the three measures the 区教师进修学校 plans trainings from. The rules give
/// no countable yearly target for any of them, so every measure's target list is empty.
/// </summary>
public sealed class EducationMeasures : IMeasureCatalog
{
    /// <inheritdoc />
    public string DomainId => "education";

    /// <inheritdoc />
    public IReadOnlyList<MeasureDefinition> Measures { get; } =
    [
        new(
            Id: "advanced-study",
            Clause: "五.1",
            TitleZh: "研修学习",
            TextZh: "聘请组织国内优质师资资源，按照项目计划要求，组织学员参加通识及分类的集中面授学习。充分发挥网络教学的优势，" +
                "解决学科培训师资不足，工学矛盾，路途安全等实际问题，甄选优秀网络平台和国家级优质课程资源，开展在线培训。" +
                "设立辅导教师负责组织、管理和辅导学员学习与考核。学员可根据自己的研究方向和工作实际自主选择任务，" +
                "在相关学科及领域中生成新的成果。分期分批组织学员到国内优质中小学校进行考察学习，促进思想解放，更新观念，拓宽思路。",
            Category: MeasureCategory.Training,
            FormsZh: ["集中面授", "在线培训", "辅导教师", "自主选择任务", "考察学习"],
            Targets: []),
        new(
            Id: "practice-improvement",
            Clause: "五.2",
            TitleZh: "实践提升",
            TextZh: "聘请区内外项目专家，对学员进行实践提升定制。通过示范、诊断、研讨等多种形式，帮助学员改进工作方法，" +
                "指导学员开展实践提升。组织并引导学员立足本职岗位在实践探索中，寻求运用先进教育理念解决实际问题的路径，" +
                "形成自己的工作特色和风格。聘请各级各类资深教育教学实践专家，精心筛选和编制培训内容，坚持小专题、多角度，" +
                "从不同视角对学校教育教学进行分析和诠释，巡回进行教学实践专题讲座，扩大受益面，全面提升整体教育教学质量和水平。",
            Category: MeasureCategory.Practice,
            FormsZh: ["实践提升定制", "示范", "诊断", "研讨", "实践探索", "教学实践专题讲座"],
            Targets: []),
        new(
            Id: "seminars-and-exchange",
            Clause: "五.3",
            TitleZh: "研讨交流",
            TextZh: "充分利用网络资源，建立专题网页，为学员开通个人博客，搭建学员间及系统内交流互动平台，" +
                "引导学员将自己的收获、研究成果在网上发表交流，共享共识。组织学员开展专题交流、同课异构等形式多样的交流研讨活动，" +
                "引导学员在研讨中碰撞思想、在交流中反思实践，学会科学创新的分析、处理教育教学工作中的实际问题或典型案例。" +
                "适时开设项目论坛、举办成果展示活动，在交流中实现个人进步、共同发展，将区内人才和成果进行适时适度推广。",
            Category: MeasureCategory.Exchange,
            FormsZh: ["专题网页", "个人博客", "网上发表交流", "专题交流", "同课异构", "项目论坛", "成果展示活动"],
            Targets: []),
    ];
}
