using Kunpeng.Plugins.Health;

namespace Kunpeng.Plugins.Tests.Health;

/// <summary>卫生 五、主要措施 1–5, with the three training bases' yearly minimum and the yearly contest.</summary>
public class HealthMeasuresTests
{
    private static readonly HealthMeasures Catalog = new();

    [Fact]
    public void It_serves_the_health_domain() => Assert.Equal("health", Catalog.DomainId);

    [Fact]
    public void Every_measure_of_section_5_is_listed_in_order() =>
        Assert.Equal(
        [
            ("further-study", "五.1", "进修学习", MeasureCategory.Training),
            ("continuing-education", "五.2", "继续教育", MeasureCategory.FurtherEducation),
            ("standardized-residency-training", "五.3", "全科医师、住院医师规范化培训", MeasureCategory.Training),
            ("skills-contest", "五.4", "“岗位练兵，技术比武”活动", MeasureCategory.EvaluationIncentive),
            ("degree-education", "五.5", "学历教育", MeasureCategory.FurtherEducation),
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
    public void Continuing_education_has_three_training_bases_each_at_least_four_activities_a_year()
    {
        var targets = Catalog.Measures.Single(m => m.Id == "continuing-education").Targets;

        Assert.Equal(
        [
            ("activities-district-hospital", "区医院", 4),
            ("activities-tcm-hospital", "中医院", 4),
            ("activities-second-peoples-hospital", "第二人民医院", 4),
        ],
        targets.Select(t => (t.Id, t.ScopeZh, t.MinimumPerYear)));
    }

    [Fact]
    public void Each_base_target_is_in_the_rules_words_and_names_its_activities()
    {
        var measure = Catalog.Measures.Single(m => m.Id == "continuing-education");

        Assert.All(measure.Targets, t =>
        {
            Assert.Contains(t.DescriptionZh, measure.TextZh, StringComparison.Ordinal);
            Assert.Contains("不少于四次", t.DescriptionZh, StringComparison.Ordinal);
            Assert.Contains(t.ScopeZh!, measure.TextZh, StringComparison.Ordinal);
        });
        Assert.Equal(["典型病例研讨", "学术交流", "岗位技能培训"], measure.FormsZh.Take(3));
    }

    [Fact]
    public void The_skills_contest_is_held_once_a_year_across_the_health_system()
    {
        var measure = Catalog.Measures.Single(m => m.Id == "skills-contest");
        var target = Assert.Single(measure.Targets);

        Assert.Equal("annual-contest", target.Id);
        Assert.Equal(1, target.MinimumPerYear);
        Assert.Null(target.ScopeZh);
        Assert.Contains(target.DescriptionZh, measure.TextZh, StringComparison.Ordinal);
    }

    [Fact]
    public void The_other_measures_have_no_countable_target() =>
        Assert.Equal(
            ["further-study", "standardized-residency-training", "degree-education"],
            Catalog.Measures.Where(m => m.Targets.Count == 0).Select(m => m.Id));
}
