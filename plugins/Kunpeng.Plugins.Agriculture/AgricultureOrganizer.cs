using Kunpeng.Abstractions;

namespace Kunpeng.Plugins.Agriculture;

/// <summary>农业领域 as its implementation rules (四、六) organize it.</summary>
public sealed class AgricultureOrganizer : IOrganizer
{
    public DomainDescriptor Domain { get; } = new("agriculture", "农业", "Agriculture");

    public OrganizerProfile Profile { get; } = new(
        Bodies:
        [
            new("区农委", "District Agriculture Commission",
            [
                BodyRole.Organizes, BodyRole.ReceivesNominations, BodyRole.FormsReviewPanel,
                BodyRole.DraftsPlan, BodyRole.FilesPlan, BodyRole.ImplementsPlan,
                BodyRole.ReportsProgress, BodyRole.SubmitsSummary,
            ]),
            // 六.1: ……协助做好人选申报和培养工作.
            new("种植业发展中心", "Crop Farming Development Center", [BodyRole.AssistsNomination]),
            new("畜牧水产业发展中心", "Animal Husbandry and Aquaculture Development Center", [BodyRole.AssistsNomination]),
            new("农机发展中心", "Agricultural Machinery Development Center", [BodyRole.AssistsNomination]),
            new("林业局", "Forestry Bureau", [BodyRole.AssistsNomination]),
            new("水务局", "Water Affairs Bureau", [BodyRole.AssistsNomination]),
            new("气象局", "Meteorological Bureau", [BodyRole.AssistsNomination]),
            new("正中农贸公司", "Zhengzhong Agricultural Trading Company", [BodyRole.AssistsNomination]),
        ],
        Intake: new(
            Channels: [NominationChannel.UnitNomination],
            Deadline: null,
            RequiredDocumentsZh: [],
            DocumentsVerifiedByPanel: false,
            PreferredPoolZh: null,
            NoteZh: "各基层单位择优推荐符合要求人员上报区农委。"),
        Tiers:
        [
            new("top", "拔尖人才", "Top talent", new TierQuota(2, Approximate: true), "每年2名左右", 10_000m),
            new("backbone", "骨干人才", "Backbone talent", new TierQuota(20, Approximate: true), "每年20名左右", 5_000m),
        ],
        PlanApprovalRequired: false);
}
