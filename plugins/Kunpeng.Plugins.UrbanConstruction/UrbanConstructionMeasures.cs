using Kunpeng.Abstractions;

namespace Kunpeng.Plugins.UrbanConstruction;

/// <summary>
/// 城建领域 五、主要措施: the four measures the 区建委 plans trainings from. Items 1 and 3 open with
/// a title sentence, which is the title here and is left out of the text; items 2 and 4 have none,
/// so their title is a few of their own words and their text is the whole item. The rules give no
/// countable yearly target for any of them, so every measure's target list is empty.
/// </summary>
public sealed class UrbanConstructionMeasures : IMeasureCatalog
{
    /// <inheritdoc />
    public string DomainId => "urban-construction";

    /// <inheritdoc />
    public IReadOnlyList<MeasureDefinition> Measures { get; } =
    [
        new(
            Id: "thematic-training",
            Clause: "五.1",
            TitleZh: "组织专题培训",
            TextZh: "根据各单位的业务范围举办以提高专业技术水平为主要目标的各种专题培训，邀请专家、教授来武清授课。",
            Category: MeasureCategory.Training,
            FormsZh: ["专题培训", "邀请专家、教授来武清授课"],
            Targets: []),
        new(
            Id: "external-training-opportunities",
            Clause: "五.2",
            TitleZh: "利用各种培训机会",
            TextZh: "充分利用上级单位、社会培训机构组织的各种培训机会，扩大培训的范围，培养带动优秀后备力量的成长。",
            Category: MeasureCategory.Training,
            FormsZh: ["上级单位、社会培训机构组织的各种培训"],
            Targets: []),
        new(
            Id: "project-based-development",
            Clause: "五.3",
            TitleZh: "推行以项目发展促人才成长的培养模式",
            TextZh: "注重在城镇化建设实践中、重点工程项目中培养人才，通过实战锻炼人才。选派人选到周边地区交流学习，学经验、找差距。" +
                "促进人才在实践中发挥作用。",
            Category: MeasureCategory.Practice,
            FormsZh: ["城镇化建设实践", "重点工程项目", "实战锻炼", "到周边地区交流学习"],
            Targets: []),
        new(
            Id: "model-worker-studio",
            Clause: "五.4",
            TitleZh: "以劳模工作室为平台",
            TextZh: "以劳模工作室为平台，通过课题研究、成果推广、业务培训等形式，支持高层次人才开展本领域创新研究，带动后备人才的培养。",
            Category: MeasureCategory.Platform,
            FormsZh: ["劳模工作室", "课题研究", "成果推广", "业务培训"],
            Targets: []),
    ];
}
