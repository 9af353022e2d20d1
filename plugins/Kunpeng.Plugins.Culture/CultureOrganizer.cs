using Kunpeng.Abstractions;

namespace Kunpeng.Plugins.Culture;

/// <summary>文化领域 as its implementation rules (四、六) organize it.</summary>
public sealed class CultureOrganizer : IOrganizer
{
    public DomainDescriptor Domain { get; } = new("culture", "文化", "Culture");

    public OrganizerProfile Profile { get; } = new(
        Bodies:
        [
            // 四.1 names no recipient for the applications, but 区文广局's panel is the one that reviews
            // them, so they are filed with it. Its panel is 组成, not 聘请专家组成 as elsewhere.
            new("区文广局", "District Culture, Radio and Television Bureau",
            [
                BodyRole.Organizes, BodyRole.ReceivesNominations, BodyRole.FormsReviewPanel,
                BodyRole.DraftsPlan, BodyRole.FilesPlan, BodyRole.ImplementsPlan,
                BodyRole.ReportsProgress, BodyRole.SubmitsSummary,
            ]),
        ],
        Intake: new(
            // 四.1: 采取基层单位、协会推荐和个人申报相结合的形式。每年10月底前……
            Channels:
            [
                NominationChannel.UnitNomination, NominationChannel.AssociationNomination,
                NominationChannel.SelfApplication,
            ],
            Deadline: new AnnualDate(10, 31),
            RequiredDocumentsZh: ["申报表", "身份证明", "学历证书", "获奖证书或者其他业绩证明"],
            // 四.1: 对申报材料的真实性进行审核.
            DocumentsVerifiedByPanel: true,
            PreferredPoolZh: null,
            NoteZh: "采取基层单位、协会推荐和个人申报相结合的形式。"
                + "每年10月底前，申报人完成申报表的填报，提交身份证明、学历证书、获奖证书或者其他业绩证明。"),
        Tiers:
        [
            new("top", "拔尖人才", "Top talent", new TierQuota(2, Approximate: true), "每年2名左右", 10_000m),
            new("backbone", "骨干人才", "Backbone talent", new TierQuota(20, Approximate: true), "每年20名左右", 5_000m),
        ],
        PlanApprovalRequired: false);
}
