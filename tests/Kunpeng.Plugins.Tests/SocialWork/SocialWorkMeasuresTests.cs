using Kunpeng.Plugins.SocialWork;

namespace Kunpeng.Plugins.Tests.SocialWork;

/// <summary>社会 五、主要措施 1–5.</summary>
public class SocialWorkMeasuresTests
{
    private static readonly SocialWorkMeasures Catalog = new();

    [Fact]
    public void Every_measure_of_section_5_is_listed_in_order() =>
        Assert.Equal(
        [
            ("direct-liaison", "五.1", "建立直接联络机制", MeasureCategory.Exchange),
            ("thematic-study-and-training", "五.2", "专题研修和培训", MeasureCategory.Training),
            ("study-tours", "五.3", "赴先进地区学习培训", MeasureCategory.StudyTour),
            ("achievements-and-publicity", "五.4", "展示业绩和宣传报道", MeasureCategory.Publicity),
            ("priority-recommendation", "五.5", "优先推荐参加表彰评选", MeasureCategory.EvaluationIncentive),
        ],
        Catalog.Measures.Select(m => (m.Id, m.Clause, m.TitleZh, m.Category)));

    [Fact]
    public void It_serves_the_organizers_domain() =>
        Assert.Equal(new SocialWorkOrganizer().Domain.Id, Catalog.DomainId);

    [Fact]
    public void Forms_are_in_the_rules_words_and_appear_in_the_measures_text() =>
        Assert.All(Catalog.Measures, m =>
        {
            Assert.NotEmpty(m.FormsZh);
            Assert.All(m.FormsZh, form => Assert.Contains(form, m.TextZh, StringComparison.Ordinal));
        });

    [Fact]
    public void Untitled_items_keep_their_whole_text()
    {
        Assert.Equal("组织赴先进地区学习培训，开阔工作视野、加强交流。", Catalog.Measures[2].TextZh);
        Assert.Equal("优先推荐人选参加国家、市、区各类表彰活动、奖项评选、课题申报。", Catalog.Measures[4].TextZh);
    }

    [Fact]
    public void The_irregular_seminars_of_5_1_and_every_other_measure_have_no_countable_target()
    {
        Assert.Contains("不定期组织专题研讨会", Catalog.Measures[0].TextZh, StringComparison.Ordinal);
        Assert.All(Catalog.Measures, m => Assert.Empty(m.Targets));
    }
}
