using Kunpeng.Abstractions;

namespace Kunpeng.Plugins.SocialWork;

/// <summary>
/// 社会领域 五、主要措施: the five measures the 区民政局 plans from. The items have no title sentence,
/// so each title is a few of the item's own words and the text is the whole item. 五.5 (优先推荐人选参加…)
/// is a measure for those already selected, not a selection preference. The rules give no countable
/// yearly target (the seminars of 五.1 are 不定期), so every measure's target list is empty.
/// </summary>
public sealed class SocialWorkMeasures : IMeasureCatalog
{
    /// <inheritdoc />
    public string DomainId => "social-work";

    /// <inheritdoc />
    public IReadOnlyList<MeasureDefinition> Measures { get; } =
    [
        new(
            Id: "direct-liaison",
            Clause: "五.1",
            TitleZh: "建立直接联络机制",
            TextZh: "建立社会工作人才与民政局直接联络机制，不定期组织专题研讨会，围绕我区社会工作事业发展重大问题，提供专业咨询和建议。",
            Category: MeasureCategory.Exchange,
            FormsZh: ["直接联络机制", "专题研讨会", "专业咨询和建议"],
            Targets: []),
        new(
            Id: "thematic-study-and-training",
            Clause: "五.2",
            TitleZh: "专题研修和培训",
            TextZh: "组织专题研修、社会工作基础理论培训、专业知识和方法技能培训等活动，积极为社会工作人才更新知识、提升素质创造条件。",
            Category: MeasureCategory.Training,
            FormsZh: ["专题研修", "社会工作基础理论培训", "专业知识和方法技能培训"],
            Targets: []),
        new(
            Id: "study-tours",
            Clause: "五.3",
            TitleZh: "赴先进地区学习培训",
            TextZh: "组织赴先进地区学习培训，开阔工作视野、加强交流。",
            Category: MeasureCategory.StudyTour,
            FormsZh: ["赴先进地区学习培训"],
            Targets: []),
        new(
            Id: "achievements-and-publicity",
            Clause: "五.4",
            TitleZh: "展示业绩和宣传报道",
            TextZh: "采取多种形式，展示人选的突出业绩和重要成果，为我区社会工作发展积累宝贵经验。联合相关媒体，" +
                "重点宣传报道社会工作人才的典型事迹，在全社会树立社会工作人才的良好形象。",
            Category: MeasureCategory.Publicity,
            FormsZh: ["展示人选的突出业绩和重要成果", "宣传报道社会工作人才的典型事迹"],
            Targets: []),
        new(
            Id: "priority-recommendation",
            Clause: "五.5",
            TitleZh: "优先推荐参加表彰评选",
            TextZh: "优先推荐人选参加国家、市、区各类表彰活动、奖项评选、课题申报。",
            Category: MeasureCategory.EvaluationIncentive,
            FormsZh: ["表彰活动", "奖项评选", "课题申报"],
            Targets: []),
    ];
}
