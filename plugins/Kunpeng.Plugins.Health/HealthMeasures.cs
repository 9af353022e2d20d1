using Kunpeng.Abstractions;

namespace Kunpeng.Plugins.Health;

/// <summary>
/// 卫生领域 五、主要措施: the five measures the 区卫生局 plans trainings from. Two carry countable yearly
/// targets: 继续教育 (五.2), where each of the three training bases holds at least four activities a
/// year, and the “岗位练兵，技术比武” activity (五.4), held every year.
/// </summary>
public sealed class HealthMeasures : IMeasureCatalog
{
    private const string ActivitiesPerBaseZh = "每个基地每年组织不少于四次的典型病例研讨、学术交流、岗位技能培训等方面的活动";

    /// <inheritdoc />
    public string DomainId => "health";

    /// <inheritdoc />
    public IReadOnlyList<MeasureDefinition> Measures { get; } =
    [
        new(
            Id: "further-study",
            Clause: "五.1",
            TitleZh: "进修学习",
            TextZh: "依托“京津冀一体化”战略优势，组织人选到优秀医院进行研修学习，学习国内外的先进技术。" +
                "城区医院以京津地区三级甲等医院为主，还可根据需求外派到国内外著名医院进行有针对性的学习。" +
                "乡镇医院、卫生院原则上外派人员到城区医院进行学习，并根据需求到津京地区高水平医院进行学习。",
            Category: MeasureCategory.Training,
            FormsZh: ["到优秀医院进行研修学习", "外派到国内外著名医院", "到城区医院进行学习", "到津京地区高水平医院进行学习"],
            Targets: []),
        new(
            Id: "continuing-education",
            Clause: "五.2",
            TitleZh: "继续教育",
            TextZh: "建立层次化的继续教育模式，以区医院、中医院、第二人民医院三家医院为培训基地，" +
                "每个基地每年组织不少于四次的典型病例研讨、学术交流、岗位技能培训等方面的活动，基层医院卫生院组织相关职工参加。" +
                "以分院为基地，分区分片按季度组织业务知识交流、公共卫生经验介绍等活动。",
            Category: MeasureCategory.FurtherEducation,
            FormsZh: ["典型病例研讨", "学术交流", "岗位技能培训", "业务知识交流", "公共卫生经验介绍"],
            // "不少于四次" includes four. The branch hospitals' quarterly activities (以分院为基地…按季度) name
            // no base and no minimum per base, so they are a rhythm, not a target here.
            Targets:
            [
                new("activities-district-hospital", ActivitiesPerBaseZh, MinimumPerYear: 4, ScopeZh: "区医院"),
                new("activities-tcm-hospital", ActivitiesPerBaseZh, MinimumPerYear: 4, ScopeZh: "中医院"),
                new("activities-second-peoples-hospital", ActivitiesPerBaseZh, MinimumPerYear: 4, ScopeZh: "第二人民医院"),
            ]),
        new(
            Id: "standardized-residency-training",
            Clause: "五.3",
            TitleZh: "全科医师、住院医师规范化培训",
            TextZh: "深入实施住院医师、全科医师规范化培训工作，对新招录的临床医学、中医学、口腔医学、影像学等专业毕业生" +
                "要全部参加全科医生、住院医师培训。",
            Category: MeasureCategory.Training,
            FormsZh: ["住院医师、全科医师规范化培训"],
            Targets: []),
        new(
            Id: "skills-contest",
            Clause: "五.4",
            TitleZh: "“岗位练兵，技术比武”活动",
            TextZh: "立足本职岗位，以提高综合素质，增强服务技能，营造“学知识、练本领、强技术”的浓厚氛围，" +
                "造就一支高素质的医疗卫生队伍，满足人民群众医疗卫生服务需求为目的。" +
                "每年组织本区卫生系统的“岗位练兵，技术比武”活动，全员参与岗位练兵，公开表彰奖励比武优胜者，" +
                "不断激发卫生人才创新创造活力。",
            Category: MeasureCategory.EvaluationIncentive,
            FormsZh: ["岗位练兵", "技术比武", "公开表彰奖励比武优胜者"],
            Targets:
            [
                new("annual-contest", "每年组织本区卫生系统的“岗位练兵，技术比武”活动", MinimumPerYear: 1, ScopeZh: null),
            ]),
        new(
            Id: "degree-education",
            Clause: "五.5",
            TitleZh: "学历教育",
            TextZh: "抓好在职人员的学历教育，以提高卫生系统专业技术人员的科学文化素质和专业技术水平为目标，" +
                "积极鼓励专业技术人员参加学历教育。在职人员学历教育的专业，须与本人工作专业相关，所在单位在时间、经费上予以保障。",
            Category: MeasureCategory.FurtherEducation,
            FormsZh: ["在职人员学历教育"],
            Targets: []),
    ];
}
