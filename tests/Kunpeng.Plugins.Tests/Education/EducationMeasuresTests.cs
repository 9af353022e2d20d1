using Kunpeng.Plugins.Education;

namespace Kunpeng.Plugins.Tests.Education;

/// <summary>五、主要措施: 研修学习, 实践提升, 研讨交流.</summary>
public class EducationMeasuresTests
{
    private static readonly EducationMeasures Catalog = new();

    [Fact]
    public void Every_measure_of_section_5_is_listed_in_order() =>
        Assert.Equal(
        [
            ("advanced-study", "五.1", "研修学习", MeasureCategory.Training),
            ("practice-improvement", "五.2", "实践提升", MeasureCategory.Practice),
            ("seminars-and-exchange", "五.3", "研讨交流", MeasureCategory.Exchange),
        ],
        Catalog.Measures.Select(m => (m.Id, m.Clause, m.TitleZh, m.Category)));

    [Fact]
    public void It_serves_the_education_domain() => Assert.Equal("education", Catalog.DomainId);

    [Fact]
    public void Forms_are_in_the_rules_words_and_appear_in_the_measures_text() =>
        Assert.All(Catalog.Measures, m =>
        {
            Assert.NotEmpty(m.FormsZh);
            Assert.All(m.FormsZh, form => Assert.Contains(form, m.TextZh, StringComparison.Ordinal));
        });

    [Fact]
    public void Study_includes_face_to_face_online_and_visits() =>
        Assert.Equal(["集中面授", "在线培训", "辅导教师", "自主选择任务", "考察学习"], Catalog.Measures[0].FormsZh);

    [Fact]
    public void The_rules_give_no_countable_target() =>
        Assert.All(Catalog.Measures, m => Assert.Empty(m.Targets));
}
