using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Determinations;
using Kunpeng.Host.Workflow.Implementation;
using Kunpeng.Host.Workflow.Nominations;
using Kunpeng.Host.Workflow.Plans;
using Kunpeng.Host.Workflow.Reviews;

namespace Kunpeng.Host.Demo;

/// <summary>
/// The health cycle, up to implementation: three doctors nominated, reviewed and fixed on the list,
/// the plan filed (health needs no approval), and continuing-education activities at two of the
/// three training bases: four at 区医院 (its yearly target of at least four is met), two at 中医院
/// (not met yet), plus a progress report.
/// </summary>
public static class HealthDemo
{
    public const string DomainId = "health";
    public const string DistrictHospitalScope = "区医院";
    public const string TcmHospitalScope = "中医院";
    public static readonly string CycleId = DemoCalendar.CycleId(DomainId);

    public static void Run(DemoServices s, DemoCast cast)
    {
        var hospital = cast.Hospital;
        var bureau = cast.HealthOfficer;

        var sun = DemoSteps.NominateAndSubmit(s, hospital, CycleId, DemoSteps.Enter(s, hospital, DemoPeople.SunZhigang), "top", Verdicts.PendingReview);
        var zhou = DemoSteps.NominateAndSubmit(s, hospital, CycleId, DemoSteps.Enter(s, hospital, DemoPeople.ZhouMin), "backbone", Verdicts.PendingReview);
        var wu = DemoSteps.NominateAndSubmit(s, hospital, CycleId, DemoSteps.Enter(s, hospital, DemoPeople.WuLei), "backbone", Verdicts.PendingReview);

        s.Reviews.FormPanel(bureau, CycleId, null, new PanelRequest(cast.Experts.Select(e => e.AccountId).ToList()));
        sun = DemoSteps.Assign(s, bureau, sun, cast.ExpertWang, cast.ExpertLi, cast.ExpertZhao);
        zhou = DemoSteps.Assign(s, bureau, zhou, cast.ExpertWang, cast.ExpertLi);
        wu = DemoSteps.Assign(s, bureau, wu, cast.ExpertLi, cast.ExpertZhao);
        s.Cycles.CloseNominations(bureau, CycleId, s.Cycles.Get(Actor.System, CycleId).Version);

        DemoSteps.Admit(s, cast.ExpertWang, sun, 90, "学科带头作用明显，带教成绩突出。");
        DemoSteps.Admit(s, cast.ExpertLi, sun, 87, "临床技术过硬，团队建设成效好。");
        DemoSteps.Admit(s, cast.ExpertZhao, sun, 91, "具有较强的战略眼光和创新能力。");
        DemoSteps.Admit(s, cast.ExpertWang, zhou, 85, "专业素养良好，发展潜力大。");
        DemoSteps.Admit(s, cast.ExpertLi, zhou, 83, "爱岗敬业，群众口碑好。");
        DemoSteps.Admit(s, cast.ExpertLi, wu, 81, "理论基础扎实。");
        DemoSteps.Admit(s, cast.ExpertZhao, wu, 84, "急诊一线骨干，培养空间大。");

        var proposed = s.Determinations.Propose(bureau, CycleId, null, new DeterminationRequest(
        [
            new TierSelection("top", [sun.Id]),
            new TierSelection("backbone", [zhou.Id, wu.Id]),
        ]));
        s.Determinations.Fix(bureau, CycleId, proposed.Version);

        // The plan: drafted and filed by 区卫生局 (the health rules ask no approval).
        var plan = s.Plans.Create(bureau, CycleId);
        plan = s.Plans.Update(bureau, plan.Id, plan.Version, new PlanContent(
        [
            new PlanItemInput("continuing-education", "三家培训基地继续教育活动", "典型病例研讨", "2015-10-15", "2015-12-31", 40_000m),
            new PlanItemInput("further-study", "赴京津三甲医院进修", "到优秀医院进行研修学习", "2015-11-01", "2015-12-31", 60_000m),
            new PlanItemInput("skills-contest", "卫生系统岗位练兵、技术比武", "技术比武", "2015-12-01", "2015-12-20", 20_000m),
        ], "区医院、中医院、第二人民医院三家培训基地每家全年不少于四次活动。"));
        plan = s.Plans.Submit(bureau, plan.Id, plan.Version);
        s.Plans.File(bureau, plan.Id, plan.Version);

        // Continuing education at the bases: 区医院 ×4 (target met), 中医院 ×2 (not met yet).
        string[] trainees = [sun.Id, zhou.Id, wu.Id];
        (string Date, string Title, string Form, string Scope, string Place)[] held =
        [
            ("2015-10-20", "典型病例研讨（第一期）", "典型病例研讨", DistrictHospitalScope, DemoUnits.DistrictHospital),
            ("2015-11-05", "心血管疾病诊疗学术交流", "学术交流", DistrictHospitalScope, DemoUnits.DistrictHospital),
            ("2015-11-25", "急救技能岗位培训", "岗位技能培训", DistrictHospitalScope, DemoUnits.DistrictHospital),
            ("2015-12-16", "典型病例研讨（第二期）", "典型病例研讨", DistrictHospitalScope, DemoUnits.DistrictHospital),
            ("2015-11-12", "中医经典病例研讨", "典型病例研讨", TcmHospitalScope, DemoUnits.TcmHospital),
            ("2015-12-10", "针灸推拿学术交流", "学术交流", TcmHospitalScope, DemoUnits.TcmHospital),
        ];
        foreach (var a in held)
        {
            s.Implementation.RecordActivity(bureau, CycleId, new ActivityInput(
                a.Date, "continuing-education", a.Title, a.Form, a.Scope, a.Place, trainees, 40, null, null));
        }

        s.Implementation.SubmitProgressReport(bureau, CycleId, new ProgressReportInput("2015-Q4",
            "区医院已完成全年四次继续教育活动；中医院完成两次，其余两次顺延；第二人民医院尚未开展，已督促落实。"));
    }
}
