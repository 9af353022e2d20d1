using Kunpeng.Abstractions;

namespace Kunpeng.Plugins.EnterpriseManagement;

/// <summary>企业经营管理领域 as its implementation rules (四、六) organize it.</summary>
public sealed class EnterpriseManagementOrganizer : IOrganizer
{
    public DomainDescriptor Domain { get; } = new("enterprise-management", "企业经营管理", "Enterprise Management");

    public OrganizerProfile Profile { get; } = new(
        Bodies:
        [
            new("区工业经委", "District Industry and Economy Commission",
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
            NoteZh: "各基层单位择优推荐符合要求人员上报区工业经委。"),
        Tiers:
        [
            new("top", "拔尖人才", "Top talent", new TierQuota(5, Approximate: true), "每年5名左右", 10_000m),
            new("backbone", "骨干人才", "Backbone talent", new TierQuota(50, Approximate: true), "每年50名左右", 5_000m),
        ],
        PlanApprovalRequired: false);
}
