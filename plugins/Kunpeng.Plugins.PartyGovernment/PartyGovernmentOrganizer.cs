using Kunpeng.Abstractions;

namespace Kunpeng.Plugins.PartyGovernment;

/// <summary>党政领域 as its implementation rules (二、五) organize it.</summary>
public sealed class PartyGovernmentOrganizer : IOrganizer
{
    public DomainDescriptor Domain { get; } = new("party-government", "党政", "Party & Government");

    public OrganizerProfile Profile { get; } = new(
        Bodies:
        [
            // 五.1 is all these rules say about the cycle: there is no 实施步骤 section, so no review
            // panel, no plan of the domain's own, no filing with 区人才办 and no progress reports or
            // summary are named; the work is 列入年度干部教育培训和实践锻炼计划 instead.
            new("区委组织部", "District Party Committee Organization Department",
                [BodyRole.Organizes, BodyRole.ReceivesNominations, BodyRole.SelectsNominees]),
        ],
        Intake: new(
            // 五.1: units help the department 做好推荐, and the department itself 确定 the trainees.
            Channels: [NominationChannel.OrganizerDesignation, NominationChannel.UnitNomination],
            Deadline: null,
            RequiredDocumentsZh: [],
            DocumentsVerifiedByPanel: false,
            PreferredPoolZh: "全区党政领导班子后备干部",
            NoteZh: "“鲲鹏工程”党政领域培养工作由区委组织部统一组织实施，列入年度干部教育培训和实践锻炼计划。"
                + "人选所在单位积极配合区委组织部做好推荐与培养工作，确保培训任务顺利完成。"
                + "培养对象由区委组织部优先在全区党政领导班子后备干部中确定。"),
        Tiers:
        [
            // 二: 培养一批优秀处级干部和科级干部; the rules give no number for either tier.
            new("division", "优秀处级干部", "Outstanding division-level cadre", null, "一批", 10_000m),
            new("section", "优秀科级干部", "Outstanding section-level cadre", null, "一批", 5_000m),
        ],
        PlanApprovalRequired: false);
}
