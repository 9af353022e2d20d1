using Kunpeng.Plugins.EnterpriseManagement;

namespace Kunpeng.Plugins.Tests.EnterpriseManagement;

/// <summary>企业经营管理 五、主要措施: 集中专题培训, 短期考察培训, 个性化培养.</summary>
public class EnterpriseManagementMeasuresTests
{
    private static readonly EnterpriseManagementMeasures Catalog = new();

    [Fact]
    public void It_serves_the_enterprise_management_domain() => Assert.Equal("enterprise-management", Catalog.DomainId);

    [Fact]
    public void Every_measure_of_section_5_is_listed_in_order() =>
        Assert.Equal(
        [
            ("thematic-training", "五.1", "集中专题培训", MeasureCategory.Training),
            ("study-tours", "五.2", "短期考察培训", MeasureCategory.StudyTour),
            ("personalized-development", "五.3", "个性化培养", MeasureCategory.FurtherEducation),
        ],
        Catalog.Measures.Select(m => (m.Id, m.Clause, m.TitleZh, m.Category)));

    [Fact]
    public void The_text_is_the_item_after_its_heading_in_the_rules_words()
    {
        Assert.Equal("组织到国内外先进地区、典型企事业单位考察交流。", Catalog.Measures[1].TextZh);
        Assert.StartsWith("邀请在危机管理、企业战略、创新政策、上市投融资、市场营销等方面", Catalog.Measures[0].TextZh, StringComparison.Ordinal);
        Assert.EndsWith("着力提升创新能力和国际化素养。", Catalog.Measures[2].TextZh, StringComparison.Ordinal);
        Assert.All(Catalog.Measures, m => Assert.DoesNotContain(m.TitleZh, m.TextZh, StringComparison.Ordinal));
    }

    [Fact]
    public void Forms_are_in_the_rules_words_and_appear_in_the_measures_text() =>
        Assert.All(Catalog.Measures, m =>
        {
            Assert.NotEmpty(m.FormsZh);
            Assert.All(m.FormsZh, form => Assert.Contains(form, m.TextZh, StringComparison.Ordinal));
        });

    [Fact]
    public void Personalized_development_lists_study_emba_practice_and_major_projects() =>
        Assert.Equal(["选送研修", "EMBA学位班", "实践锻炼", "承担重大科技项目"], Catalog.Measures[2].FormsZh);

    [Fact]
    public void The_rules_give_no_countable_target() =>
        Assert.All(Catalog.Measures, m => Assert.Empty(m.Targets));
}
