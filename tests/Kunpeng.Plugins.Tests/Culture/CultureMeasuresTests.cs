using Kunpeng.Plugins.Culture;

namespace Kunpeng.Plugins.Tests.Culture;

/// <summary>文化 五、主要措施 1–3, with the yearly 武清文化名家交流学习研讨会.</summary>
public class CultureMeasuresTests
{
    private static readonly CultureMeasures Catalog = new();

    [Fact]
    public void It_serves_the_culture_domain() => Assert.Equal("culture", Catalog.DomainId);

    [Fact]
    public void Every_measure_of_section_5_is_listed_in_order() =>
        Assert.Equal(
        [
            ("continuing-education", "五.1", MeasureCategory.Training),
            ("masters-symposium", "五.2", MeasureCategory.Exchange),
            ("contests-and-awards", "五.3", MeasureCategory.EvaluationIncentive),
        ],
        Catalog.Measures.Select(m => (m.Id, m.Clause, m.Category)));

    [Fact]
    public void Each_measure_opens_with_the_items_words()
    {
        Assert.StartsWith("采取自培、委培、集体培训的方式", Catalog.Measures[0].TextZh, StringComparison.Ordinal);
        Assert.StartsWith("每年组织一次武清文化名家交流学习研讨会", Catalog.Measures[1].TextZh, StringComparison.Ordinal);
        Assert.StartsWith("在文化领域开展岗位技能竞赛等活动", Catalog.Measures[2].TextZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Forms_are_in_the_rules_words_and_appear_in_the_measures_text() =>
        Assert.All(Catalog.Measures, m =>
        {
            Assert.NotEmpty(m.FormsZh);
            Assert.All(m.FormsZh, form => Assert.Contains(form, m.TextZh, StringComparison.Ordinal));
        });

    [Fact]
    public void The_masters_symposium_is_held_once_a_year_across_the_domain()
    {
        var measure = Catalog.Measures.Single(m => m.Id == "masters-symposium");
        var target = Assert.Single(measure.Targets);

        Assert.Equal("annual-symposium", target.Id);
        Assert.Equal(1, target.MinimumPerYear);
        Assert.Null(target.ScopeZh);
        Assert.Contains(target.DescriptionZh, measure.TextZh, StringComparison.Ordinal);
    }

    [Fact]
    public void The_other_measures_have_no_countable_target() =>
        Assert.Equal(["continuing-education", "contests-and-awards"], Catalog.Measures.Where(m => m.Targets.Count == 0).Select(m => m.Id));
}
