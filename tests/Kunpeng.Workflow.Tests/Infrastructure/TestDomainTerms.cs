using Kunpeng.Abstractions;
using Kunpeng.Host.Workflow.Plans;

namespace Kunpeng.Workflow.Tests.Infrastructure;

/// <summary>
/// Domain terms as the health and education plugins state them (bodies, tiers, grants), with a
/// measures catalogue shaped like the one being written on criteria-kit: health's three training
/// bases must each hold at least four activities a year.
/// </summary>
public sealed class TestDomainTerms : IDomainTermsSource
{
    public const string ContinuingEducation = "continuing-education";
    public const string SkillsContest = "skills-contest";
    public const string BackboneTraining = "backbone-training";

    public static readonly IReadOnlyList<MeasureTerms> HealthMeasures =
    [
        new(ContinuingEducation, "继续教育", ["典型病例研讨", "学术交流", "岗位技能培训"],
        [
            new("activities-district-hospital", "区医院每年组织不少于四次活动", 4, "区医院"),
            new("activities-tcm-hospital", "中医院每年组织不少于四次活动", 4, "中医院"),
            new("activities-second-hospital", "第二人民医院每年组织不少于四次活动", 4, "第二人民医院"),
        ]),
        new(SkillsContest, "技能竞赛", ["技能竞赛"], [new("annual-contest", "每年举办一次技能竞赛", 1, null)]),
    ];

    public static readonly DomainTerms Health = new(
        "health", "卫生", "1.0.0", PlanApprovalRequired: false,
        [new("区卫生局", "District Health Bureau",
            [BodyRole.Organizes, BodyRole.ReceivesNominations, BodyRole.FormsReviewPanel, BodyRole.DraftsPlan, BodyRole.FilesPlan,
             BodyRole.ImplementsPlan, BodyRole.ReportsProgress, BodyRole.SubmitsSummary])],
        [new("top", "拔尖人才", 5, true, 10_000m), new("backbone", "骨干人才", 50, true, 5_000m)],
        HealthMeasures);

    public static readonly DomainTerms Education = new(
        "education", "教育", "1.0.0", PlanApprovalRequired: true,
        [
            new("区教育局", "District Education Bureau",
                [BodyRole.Organizes, BodyRole.ReceivesNominations, BodyRole.FormsReviewPanel, BodyRole.ApprovesPlan, BodyRole.FilesPlan,
                 BodyRole.ReportsProgress, BodyRole.SubmitsSummary]),
            new("区教师进修学校", "District Teachers' Further Education School", [BodyRole.DraftsPlan, BodyRole.ImplementsPlan]),
        ],
        [new("top", "拔尖人才", 5, true, 10_000m), new("backbone", "骨干人才", 50, true, 5_000m)],
        [new(BackboneTraining, "骨干教师培训", ["集中培训", "跟岗研修"], [])]);

    public static readonly DomainTerms PartyGovernment = new(
        "party-government", "党政", "1.0.0", PlanApprovalRequired: false,
        [new("区委组织部", "District Party Committee Organization Department", [BodyRole.Organizes, BodyRole.ReceivesNominations, BodyRole.SelectsNominees])],
        [new("division", "优秀处级干部", null, false, 10_000m), new("section", "优秀科级干部", null, false, 5_000m)],
        Measures: null);

    private readonly Dictionary<string, DomainTerms> _domains = new()
    {
        ["health"] = Health,
        ["education"] = Education,
        ["party-government"] = PartyGovernment,
    };

    public DomainTerms? Find(string domainId) => _domains.GetValueOrDefault(domainId);
}
