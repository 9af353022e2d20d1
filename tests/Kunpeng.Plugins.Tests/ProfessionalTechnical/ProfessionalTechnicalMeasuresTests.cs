using Kunpeng.Plugins.ProfessionalTechnical;

namespace Kunpeng.Plugins.Tests.ProfessionalTechnical;

/// <summary>专业技术 五、主要措施: 知识更新工程, 重点选拔, 平台载体建设, 职称导向.</summary>
public class ProfessionalTechnicalMeasuresTests
{
    private static readonly ProfessionalTechnicalMeasures Catalog = new();

    [Fact]
    public void It_serves_the_professional_technical_domain() => Assert.Equal("professional-technical", Catalog.DomainId);

    [Fact]
    public void Every_measure_of_section_5_is_listed_in_order() =>
        Assert.Equal(
        [
            ("knowledge-renewal", "五.1", "知识更新工程", MeasureCategory.FurtherEducation),
            ("high-level-selection", "五.2", "重点选拔", MeasureCategory.EvaluationIncentive),
            ("platforms", "五.3", "平台载体建设", MeasureCategory.Platform),
            ("professional-titles", "五.4", "职称导向", MeasureCategory.EvaluationIncentive),
        ],
        Catalog.Measures.Select(m => (m.Id, m.Clause, m.TitleZh, m.Category)));

    [Fact]
    public void Each_text_is_the_whole_item_verbatim()
    {
        Assert.StartsWith("着力提升专业技术人才素质能力,大力实施专业技术人才知识更新工程。", Catalog.Measures[0].TextZh, StringComparison.Ordinal);
        Assert.EndsWith("积极组织实施市“131”创新型人才培养工程。", Catalog.Measures[1].TextZh, StringComparison.Ordinal);
        Assert.StartsWith("继续强化业技术人才发展的平台载体建设。", Catalog.Measures[2].TextZh, StringComparison.Ordinal);
        Assert.Equal("进一步发挥专业技术职称的导向作用，鼓励引导本土专业技术人才申报职称。", Catalog.Measures[3].TextZh);
    }

    [Fact]
    public void Forms_are_in_the_rules_words_and_appear_in_the_measures_text() =>
        Assert.All(Catalog.Measures, m =>
        {
            Assert.NotEmpty(m.FormsZh);
            Assert.All(m.FormsZh, form => Assert.Contains(form, m.TextZh, StringComparison.Ordinal));
        });

    [Fact]
    public void Selection_recommends_for_allowances_and_expert_titles_and_runs_the_131_programme() =>
        Assert.Equal(["享受政府特殊津贴", "市级以上各类专家称号的推荐工作", "市“131”创新型人才培养工程"], Catalog.Measures[1].FormsZh);

    [Fact]
    public void The_rules_give_no_countable_target() =>
        Assert.All(Catalog.Measures, m => Assert.Empty(m.Targets));
}
