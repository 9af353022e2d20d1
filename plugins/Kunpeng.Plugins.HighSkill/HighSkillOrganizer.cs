using Kunpeng.Abstractions;

namespace Kunpeng.Plugins.HighSkill;

/// <summary>高技能领域 as its implementation rules (四、六) organize it.</summary>
public sealed class HighSkillOrganizer : IOrganizer
{
    public DomainDescriptor Domain { get; } = new("high-skill", "高技能", "High Skill");

    public OrganizerProfile Profile { get; } = new(
        Bodies:
        [
            new("区人力社保局", "District Human Resources and Social Security Bureau",
            [
                BodyRole.Organizes, BodyRole.ReceivesNominations, BodyRole.FormsReviewPanel,
                BodyRole.DraftsPlan, BodyRole.FilesPlan, BodyRole.ImplementsPlan,
                BodyRole.ReportsProgress, BodyRole.SubmitsSummary,
            ]),
        ],
        Intake: new(
            Channels: [NominationChannel.UnitNomination],
            Deadline: null,
            RequiredDocumentsZh: [],
            DocumentsVerifiedByPanel: false,
            PreferredPoolZh: null,
            NoteZh: "各单位择优推荐符合要求人员上报区人力社保局。"),
        Tiers:
        [
            new("top", "拔尖人才", "Top talent", new TierQuota(2, Approximate: true), "每年2名左右", 10_000m),
            new("backbone", "骨干人才", "Backbone talent", new TierQuota(20, Approximate: true), "每年20名左右", 5_000m),
        ],
        PlanApprovalRequired: false);
}
