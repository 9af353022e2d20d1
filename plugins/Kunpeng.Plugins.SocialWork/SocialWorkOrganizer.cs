using Kunpeng.Abstractions;

namespace Kunpeng.Plugins.SocialWork;

/// <summary>社会领域 as its implementation rules (四、六) organize it.</summary>
public sealed class SocialWorkOrganizer : IOrganizer
{
    public DomainDescriptor Domain { get; } = new("social-work", "社会", "Social Work");

    public OrganizerProfile Profile { get; } = new(
        Bodies:
        [
            new("区民政局", "District Civil Affairs Bureau",
            [
                BodyRole.Organizes, BodyRole.ReceivesNominations, BodyRole.FormsReviewPanel,
                BodyRole.DraftsPlan, BodyRole.FilesPlan, BodyRole.ImplementsPlan,
                BodyRole.ReportsProgress, BodyRole.SubmitsSummary,
            ]),
            // 六.1: 相关镇街、单位及社会团体协助做好本部门、本单位人选推荐与培养工作.
            new("相关镇街", "Relevant towns and streets", [BodyRole.AssistsNomination]),
            new("单位", "Units", [BodyRole.AssistsNomination]),
            new("社会团体", "Social organizations", [BodyRole.AssistsNomination]),
        ],
        Intake: new(
            Channels: [NominationChannel.UnitNomination],
            Deadline: null,
            RequiredDocumentsZh: [],
            DocumentsVerifiedByPanel: false,
            PreferredPoolZh: null,
            NoteZh: "各单位择优推荐符合要求人员上报区民政局。"),
        Tiers:
        [
            new("top", "拔尖人才", "Top talent", new TierQuota(2, Approximate: true), "每年2名左右", 10_000m),
            new("backbone", "骨干人才", "Backbone talent", new TierQuota(20, Approximate: true), "每年20名左右", 5_000m),
        ],
        PlanApprovalRequired: false);
}
