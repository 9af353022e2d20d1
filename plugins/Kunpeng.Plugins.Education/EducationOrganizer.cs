using Kunpeng.Abstractions;

namespace Kunpeng.Plugins.Education;

/// <summary>教育领域 as its implementation rules (四、六) organize it.</summary>
public sealed class EducationOrganizer : IOrganizer
{
    public DomainDescriptor Domain { get; } = new("education", "教育", "Education");

    public OrganizerProfile Profile { get; } = new(
        Bodies:
        [
            new("区教育局", "District Education Bureau",
            [
                BodyRole.Organizes, BodyRole.ReceivesNominations, BodyRole.FormsReviewPanel,
                BodyRole.ApprovesPlan, BodyRole.FilesPlan, BodyRole.ReportsProgress, BodyRole.SubmitsSummary,
            ]),
            // 六.1: 指定武清区教师进修学校负责项目的具体实施; 四.2: 由区教师进修学校制定年度培养计划.
            new("区教师进修学校", "District Teachers' Further Education School",
                [BodyRole.DraftsPlan, BodyRole.ImplementsPlan]),
        ],
        Intake: new(
            Channels: [NominationChannel.UnitNomination],
            Deadline: null,
            RequiredDocumentsZh: [],
            DocumentsVerifiedByPanel: false,
            PreferredPoolZh: null,
            NoteZh: "教育领域各基层单位择优推荐符合要求人员上报区教育局。"),
        Tiers:
        [
            new("top", "拔尖人才", "Top talent", new TierQuota(5, Approximate: true), "每年5名左右", 10_000m),
            new("backbone", "骨干人才", "Backbone talent", new TierQuota(50, Approximate: true), "每年50名左右", 5_000m),
        ],
        PlanApprovalRequired: true);
}
