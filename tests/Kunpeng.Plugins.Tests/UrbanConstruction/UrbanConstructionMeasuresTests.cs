using Kunpeng.Plugins.UrbanConstruction;

namespace Kunpeng.Plugins.Tests.UrbanConstruction;

/// <summary>城建 五、主要措施 1–4.</summary>
public class UrbanConstructionMeasuresTests
{
    private static readonly UrbanConstructionMeasures Catalog = new();

    [Fact]
    public void Every_measure_of_section_5_is_listed_in_order() =>
        Assert.Equal(
        [
            ("thematic-training", "五.1", "组织专题培训", MeasureCategory.Training),
            ("external-training-opportunities", "五.2", "利用各种培训机会", MeasureCategory.Training),
            ("project-based-development", "五.3", "推行以项目发展促人才成长的培养模式", MeasureCategory.Practice),
            ("model-worker-studio", "五.4", "以劳模工作室为平台", MeasureCategory.Platform),
        ],
        Catalog.Measures.Select(m => (m.Id, m.Clause, m.TitleZh, m.Category)));

    [Fact]
    public void It_serves_the_organizers_domain() =>
        Assert.Equal(new UrbanConstructionOrganizer().Domain.Id, Catalog.DomainId);

    [Fact]
    public void Forms_are_in_the_rules_words_and_appear_in_the_measures_text() =>
        Assert.All(Catalog.Measures, m =>
        {
            Assert.NotEmpty(m.FormsZh);
            Assert.All(m.FormsZh, form => Assert.Contains(form, m.TextZh, StringComparison.Ordinal));
        });

    [Fact]
    public void The_model_worker_studio_works_through_research_promotion_and_training() =>
        Assert.Equal(["劳模工作室", "课题研究", "成果推广", "业务培训"], Catalog.Measures[3].FormsZh);

    [Fact]
    public void Project_based_development_includes_exchange_visits_to_neighbouring_areas() =>
        Assert.Contains("选派人选到周边地区交流学习，学经验、找差距。", Catalog.Measures[2].TextZh, StringComparison.Ordinal);

    [Fact]
    public void The_rules_give_no_countable_target() =>
        Assert.All(Catalog.Measures, m => Assert.Empty(m.Targets));
}
