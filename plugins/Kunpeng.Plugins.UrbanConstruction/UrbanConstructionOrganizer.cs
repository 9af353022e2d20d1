using Kunpeng.Abstractions;

namespace Kunpeng.Plugins.UrbanConstruction;

/// <summary>城建领域 as its implementation rules (四、六) organize it.</summary>
public sealed class UrbanConstructionOrganizer : IOrganizer
{
    public DomainDescriptor Domain { get; } = new("urban-construction", "城建", "Urban Construction");

    public OrganizerProfile Profile { get; } = new(
        Bodies:
        [
            new("区建委", "District Construction Commission",
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
            NoteZh: "各基层单位择优推荐符合要求人员上报区建委。"),
        Tiers:
        [
            new("top", "拔尖人才", "Top talent", new TierQuota(2, Approximate: true), "每年2名左右", 10_000m),
            new("backbone", "骨干人才", "Backbone talent", new TierQuota(20, Approximate: true), "每年20名左右", 5_000m),
        ],
        PlanApprovalRequired: false);
}
