using Kunpeng.Plugins.PartyGovernment;

namespace Kunpeng.Plugins.Tests.PartyGovernment;

/// <summary>党政 四、主要措施: political quality first, systematic training, practice.</summary>
public class PartyGovernmentMeasuresTests
{
    private static readonly PartyGovernmentMeasures Catalog = new();

    [Fact]
    public void It_serves_the_party_government_domain() => Assert.Equal("party-government", Catalog.DomainId);

    [Fact]
    public void Every_measure_of_section_4_is_listed_in_order() =>
        Assert.Equal(
        [
            ("political-quality", "四.1", "提高思想政治素质", MeasureCategory.Training),
            ("systematic-training", "四.2", "系统培训", MeasureCategory.Training),
            ("practice", "四.3", "实践锻炼", MeasureCategory.Practice),
        ],
        Catalog.Measures.Select(m => (m.Id, m.Clause, m.TitleZh, m.Category)));

    [Fact]
    public void Each_text_is_the_whole_item_in_the_rules_words()
    {
        Assert.StartsWith("坚持把提高思想政治素质摆在优秀党政干部培养首位", Catalog.Measures[0].TextZh, StringComparison.Ordinal);
        Assert.EndsWith("依法执政的能力、纵览全局的能力。", Catalog.Measures[0].TextZh, StringComparison.Ordinal);
        Assert.StartsWith("对优秀党政干部进行较为系统的马列主义", Catalog.Measures[1].TextZh, StringComparison.Ordinal);
        Assert.EndsWith("有计划、有针对性地进行培训。", Catalog.Measures[1].TextZh, StringComparison.Ordinal);
        Assert.StartsWith("加强党政干部的实践锻炼。", Catalog.Measures[2].TextZh, StringComparison.Ordinal);
        Assert.EndsWith("经济发达地区的经济园区挂职等。", Catalog.Measures[2].TextZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Forms_are_in_the_rules_words_and_appear_in_the_measures_text() =>
        Assert.All(Catalog.Measures, m =>
        {
            Assert.NotEmpty(m.FormsZh);
            Assert.All(m.FormsZh, form => Assert.Contains(form, m.TextZh, StringComparison.Ordinal));
        });

    [Fact]
    public void Training_combines_concentrated_training_self_study_visits_and_research() =>
        Assert.Equal(["集中培训", "分散自学", "外出考察", "调查研究"], Catalog.Measures[1].FormsZh);

    [Fact]
    public void Practice_lists_rotation_hard_tasks_and_both_kinds_of_secondment()
    {
        var forms = Catalog.Measures[2].FormsZh;

        Assert.Equal(4, forms.Count);
        Assert.Equal("岗位轮换", forms[0]);
        Assert.Equal("分配急、难、险、重的工作任务", forms[1]);
        Assert.StartsWith("选派到基层", forms[2], StringComparison.Ordinal);
        Assert.StartsWith("选派到国家部委", forms[3], StringComparison.Ordinal);
    }

    [Fact]
    public void The_rules_give_no_countable_target() =>
        Assert.All(Catalog.Measures, m => Assert.Empty(m.Targets));
}
