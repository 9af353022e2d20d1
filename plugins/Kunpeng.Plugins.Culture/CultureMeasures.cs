using Kunpeng.Abstractions;

namespace Kunpeng.Plugins.Culture;

/// <summary>
/// 文化领域 五、主要措施: the three measures the 区文广局 plans trainings from. The rules give these
/// items no titles, so each title is put together from the item's own words. Only 五.2 gives a countable
/// yearly target: one 武清文化名家交流学习研讨会 a year (the forums are held 定期, without a number).
/// </summary>
public sealed class CultureMeasures : IMeasureCatalog
{
    /// <inheritdoc />
    public string DomainId => "culture";

    /// <inheritdoc />
    public IReadOnlyList<MeasureDefinition> Measures { get; } =
    [
        new(
            Id: "continuing-education",
            Clause: "五.1",
            TitleZh: "继续教育培训",
            TextZh: "采取自培、委培、集体培训的方式，把短期培训和脱产进修相结合，把岗位培训和挂职锻炼相结合，" +
                "完成专业技术人员继续教育培训和其他各种培训活动和任务。",
            Category: MeasureCategory.Training,
            FormsZh: ["自培", "委培", "集体培训", "短期培训", "脱产进修", "岗位培训", "挂职锻炼"],
            Targets: []),
        new(
            Id: "masters-symposium",
            Clause: "五.2",
            TitleZh: "武清文化名家交流学习研讨会",
            TextZh: "每年组织一次武清文化名家交流学习研讨会，定期聘请专家学者来我区举办文化论坛，" +
                "采用层层递进的金字塔培训结构打造本土优秀文化学者，积极开展本土学者再培训活动。",
            Category: MeasureCategory.Exchange,
            FormsZh: ["武清文化名家交流学习研讨会", "文化论坛", "金字塔培训结构", "本土学者再培训活动"],
            Targets:
            [
                new("annual-symposium", "每年组织一次武清文化名家交流学习研讨会", MinimumPerYear: 1, ScopeZh: null),
            ]),
        new(
            Id: "contests-and-awards",
            Clause: "五.3",
            TitleZh: "岗位技能竞赛和人才评选表彰",
            TextZh: "在文化领域开展岗位技能竞赛等活动，鼓励本土人才对专业技能和学历水平进行学习再深造，" +
                "对取得优秀业绩和高学历的根据《武清区文化人才评审奖励实施细则（试行）》给予奖励，" +
                "同时依托坚净文化奖励基金、何二水樱花奖励基金活动，组织开展人才评选表彰活动，选树典型，激发本土人才活力。",
            Category: MeasureCategory.EvaluationIncentive,
            FormsZh: ["岗位技能竞赛", "学习再深造", "给予奖励", "坚净文化奖励基金", "何二水樱花奖励基金", "人才评选表彰活动"],
            Targets: []),
    ];
}
