using Kunpeng.Plugins.HighSkill;

namespace Kunpeng.Plugins.Tests.HighSkill;

/// <summary>高技能 五、主要措施 1–5.</summary>
public class HighSkillMeasuresTests
{
    private static readonly HighSkillMeasures Catalog = new();

    [Fact]
    public void It_serves_the_high_skill_domain() => Assert.Equal("high-skill", Catalog.DomainId);

    [Fact]
    public void Every_measure_of_section_5_is_listed_in_order() =>
        Assert.Equal(
        [
            ("layered-training-system", "五.1", "构建分层分类的科学化培训体系", MeasureCategory.Training),
            ("regional-resources", "五.2", "借助周边资源助力本土人才成长", MeasureCategory.Exchange),
            ("talent-platforms", "五.3", "打造本土人才开发平台载体", MeasureCategory.Platform),
            ("practice-in-projects", "五.4", "促进人才在实践锻炼中发挥作用", MeasureCategory.Practice),
            ("evaluation-and-incentives", "五.5", "完善本土人才评价激励机制", MeasureCategory.EvaluationIncentive),
        ],
        Catalog.Measures.Select(m => (m.Id, m.Clause, m.TitleZh, m.Category)));

    [Fact]
    public void Forms_are_in_the_rules_words_and_appear_in_the_measures_text() =>
        Assert.All(Catalog.Measures, m =>
        {
            Assert.NotEmpty(m.FormsZh);
            Assert.All(m.FormsZh, form => Assert.Contains(form, m.TextZh, StringComparison.Ordinal));
        });

    [Fact]
    public void The_master_studio_is_the_platform_measure() =>
        Assert.Contains("技能大师工作室", Catalog.Measures.Single(m => m.Id == "talent-platforms").FormsZh);

    [Fact]
    public void Contests_are_held_regularly_without_a_number_so_no_measure_has_a_target()
    {
        Assert.StartsWith("定期举办岗位练兵、技能比武和技能竞赛等活动", Catalog.Measures[4].TextZh, StringComparison.Ordinal);
        Assert.All(Catalog.Measures, m => Assert.Empty(m.Targets));
    }
}
