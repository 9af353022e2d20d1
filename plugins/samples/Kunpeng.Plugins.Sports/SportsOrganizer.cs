using Kunpeng.Abstractions;

namespace Kunpeng.Plugins.Sports;

/// <summary>A sample domain's organizer: the shape a new domain's rules would take.</summary>
public sealed class SportsOrganizer : IOrganizer
{
    public DomainDescriptor Domain { get; } = new("sports", "体育（示例）", "Sports (sample)");

    public OrganizerProfile Profile { get; } = new(
        Bodies:
        [
            new("区体育局", "District Sports Bureau",
            [
                BodyRole.Organizes, BodyRole.ReceivesNominations, BodyRole.FormsReviewPanel, BodyRole.DraftsPlan,
                BodyRole.FilesPlan, BodyRole.ImplementsPlan, BodyRole.ReportsProgress, BodyRole.SubmitsSummary,
            ]),
        ],
        Intake: new(
            Channels: [NominationChannel.UnitNomination],
            Deadline: null,
            RequiredDocumentsZh: [],
            DocumentsVerifiedByPanel: false,
            PreferredPoolZh: null,
            NoteZh: "示例领域：不属于实施细则，用于演示不重启主机部署新领域。"),
        Tiers:
        [
            new("top", "拔尖人才", "Top talent", new TierQuota(2, Approximate: true), "每年2名左右", 10_000m),
            new("backbone", "骨干人才", "Backbone talent", new TierQuota(20, Approximate: true), "每年20名左右", 5_000m),
        ],
        PlanApprovalRequired: false);
}
