using Kunpeng.Plugins.Agriculture;

namespace Kunpeng.Plugins.Tests.Agriculture;

/// <summary>农业 五、主要措施 1–4, the local talent information database within 五.4.</summary>
public class AgricultureMeasuresTests
{
    private static readonly AgricultureMeasures Catalog = new();

    [Fact]
    public void Every_measure_of_section_5_is_listed_in_order() =>
        Assert.Equal(
        [
            ("tiered-training-system", "五.1", "构建分层分类的科学化培养体系", MeasureCategory.Training),
            ("neighbouring-resources", "五.2", "借重周边资源助力本土人才成长", MeasureCategory.StudyTour),
            ("development-platforms", "五.3", "打造本土人才开发平台载体", MeasureCategory.Platform),
            ("evaluation-and-incentives", "五.4", "完善本土人才评价激励机制", MeasureCategory.EvaluationIncentive),
        ],
        Catalog.Measures.Select(m => (m.Id, m.Clause, m.TitleZh, m.Category)));

    [Fact]
    public void It_serves_the_organizers_domain() =>
        Assert.Equal(new AgricultureOrganizer().Domain.Id, Catalog.DomainId);

    [Fact]
    public void Forms_are_in_the_rules_words_and_appear_in_the_measures_text() =>
        Assert.All(Catalog.Measures, m =>
        {
            Assert.NotEmpty(m.FormsZh);
            Assert.All(m.FormsZh, form => Assert.Contains(form, m.TextZh, StringComparison.Ordinal));
        });

    [Fact]
    public void The_talent_information_database_is_part_of_5_4_and_no_measure_of_its_own()
    {
        var holding = Catalog.Measures.Where(m => m.TextZh.Contains("建立本土人才信息库", StringComparison.Ordinal)).ToList();

        Assert.Equal(["五.4"], holding.Select(m => m.Clause));
        Assert.Contains("建立本土人才信息库", holding[0].FormsZh);
    }

    [Fact]
    public void Training_takes_the_forms_the_rules_name() =>
        Assert.Equal(["名师大讲堂", "集体读书班", "短期封闭式培训"], Catalog.Measures[0].FormsZh);

    [Fact]
    public void The_rules_give_no_countable_target() =>
        Assert.All(Catalog.Measures, m => Assert.Empty(m.Targets));
}
