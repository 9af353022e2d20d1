using Kunpeng.Abstractions;

namespace Kunpeng.Plugins.Health;

/// <summary>卫生领域 as its implementation rules (四、六) organize it.</summary>
public sealed class HealthOrganizer : IOrganizer
{
    public DomainDescriptor Domain { get; } = new("health", "卫生", "Health");

    public OrganizerProfile Profile { get; } = new(
        Bodies:
        [
            new("区卫生局", "District Health Bureau",
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
            NoteZh: "卫生领域各基层单位择优推荐符合要求人员上报区卫生局。"),
        Tiers:
        [
            new("top", "拔尖人才", "Top talent", new TierQuota(5, Approximate: true), "每年5名左右", 10_000m),
            new("backbone", "骨干人才", "Backbone talent", new TierQuota(50, Approximate: true), "每年50名左右", 5_000m),
        ],
        PlanApprovalRequired: false);
}
