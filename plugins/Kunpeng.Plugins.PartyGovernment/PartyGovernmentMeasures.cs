using Kunpeng.Abstractions;

namespace Kunpeng.Plugins.PartyGovernment;

/// <summary>
/// 党政领域 四、主要措施: political quality first, then systematic theory and knowledge training, then
/// practice. These rules number the measures 四 (they have no 实施步骤 section) and give them no
/// headings, so each title is a short name drawn from the item (系统培训 for 较为系统的…培训) and its
/// text is the whole item.
/// The rules give no countable yearly target for any of them, so every target list is empty.
/// </summary>
public sealed class PartyGovernmentMeasures : IMeasureCatalog
{
    /// <inheritdoc />
    public string DomainId => "party-government";

    /// <inheritdoc />
    public IReadOnlyList<MeasureDefinition> Measures { get; } =
    [
        new(
            Id: "political-quality",
            Clause: "四.1",
            TitleZh: "提高思想政治素质",
            TextZh: "坚持把提高思想政治素质摆在优秀党政干部培养首位，着重加强党性修养、理论学习和实践锻炼，" +
                "提高科学判断形势的能力、推动经济社会发展的能力、应对复杂局面的能力、依法执政的能力、纵览全局的能力。",
            Category: MeasureCategory.Training,
            FormsZh: ["党性修养", "理论学习", "实践锻炼"],
            Targets: []),
        new(
            Id: "systematic-training",
            Clause: "四.2",
            TitleZh: "系统培训",
            TextZh: "对优秀党政干部进行较为系统的马列主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观和习近平总书记系列讲话精神的培训，" +
                "党的路线方针政策的培训，政治、经济、科技、法律、历史和其他相关知识的培训。" +
                "根据干部级别，采取集中培训、分散自学、外出考察、调查研究相结合的方式，有计划、有针对性地进行培训。",
            Category: MeasureCategory.Training,
            FormsZh: ["集中培训", "分散自学", "外出考察", "调查研究"],
            Targets: []),
        new(
            Id: "practice",
            Clause: "四.3",
            TitleZh: "实践锻炼",
            TextZh: "加强党政干部的实践锻炼。根据实际情况，主要采取以下形式：实行岗位轮换，分配急、难、险、重的工作任务锻炼培养，" +
                "选派到基层特别是环境复杂、条件艰苦镇街、重点工程和大项目“一线”挂职，" +
                "选派到国家部委、区外党政机关或企事业单位特别是经济发达地区的经济园区挂职等。",
            Category: MeasureCategory.Practice,
            FormsZh:
            [
                "岗位轮换",
                "分配急、难、险、重的工作任务",
                "选派到基层特别是环境复杂、条件艰苦镇街、重点工程和大项目“一线”挂职",
                "选派到国家部委、区外党政机关或企事业单位特别是经济发达地区的经济园区挂职",
            ],
            Targets: []),
    ];
}
