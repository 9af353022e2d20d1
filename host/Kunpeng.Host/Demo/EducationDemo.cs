using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Determinations;
using Kunpeng.Host.Workflow.Engagement;
using Kunpeng.Host.Workflow.Grants;
using Kunpeng.Host.Workflow.Implementation;
using Kunpeng.Host.Workflow.Nominations;
using Kunpeng.Host.Workflow.Plans;
using Kunpeng.Host.Workflow.Reviews;
using Kunpeng.Host.Workflow.Tasks;

namespace Kunpeng.Host.Demo;

/// <summary>
/// The education cycle, all the way: five teachers nominated and screened, the panel (one reviewer
/// declares a conflict, two justify an exception to the age condition, one nominee is rejected),
/// the list fixed against the quota, the plan drafted, approved by a second officer and filed,
/// activities and a progress report, the task table (one task overdue), a symposium for the top
/// talents, the year-end summary, acceptance by the Talent Office and the grants paid.
/// </summary>
public static class EducationDemo
{
    public const string DomainId = "education";
    public static readonly string CycleId = DemoCalendar.CycleId(DomainId);

    public static void Run(DemoServices s, DemoCast cast)
    {
        var school = cast.School;
        var bureau = cast.EducationOfficer;

        // Talent database and nominations, each screened by the education plugin on submit.
        var li = DemoSteps.NominateAndSubmit(s, school, CycleId, DemoSteps.Enter(s, school, DemoPeople.LiMinghua), "top", Verdicts.PendingReview);
        var zhang = DemoSteps.NominateAndSubmit(s, school, CycleId, DemoSteps.Enter(s, school, DemoPeople.ZhangLi), "top", Verdicts.PendingReview);
        var wang = DemoSteps.NominateAndSubmit(s, school, CycleId, DemoSteps.Enter(s, school, DemoPeople.WangFang), "backbone", Verdicts.NeedsException);
        var liu = DemoSteps.NominateAndSubmit(s, school, CycleId, DemoSteps.Enter(s, school, DemoPeople.LiuYang), "backbone", Verdicts.Eligible);
        var zhao = DemoSteps.NominateAndSubmit(s, school, CycleId, DemoSteps.Enter(s, school, DemoPeople.ZhaoQiang), "backbone", Verdicts.Ineligible);

        // The panel and its assignments; reviews once nominations are closed.
        s.Reviews.FormPanel(bureau, CycleId, null, new PanelRequest(cast.Experts.Select(e => e.AccountId).ToList()));
        li = DemoSteps.Assign(s, bureau, li, cast.ExpertWang, cast.ExpertLi, cast.ExpertZhao);
        zhang = DemoSteps.Assign(s, bureau, zhang, cast.ExpertLi, cast.ExpertZhao);
        wang = DemoSteps.Assign(s, bureau, wang, cast.ExpertWang, cast.ExpertLi);
        liu = DemoSteps.Assign(s, bureau, liu, cast.ExpertZhao);
        zhao = DemoSteps.Assign(s, bureau, zhao, cast.ExpertZhao);
        s.Cycles.CloseNominations(bureau, CycleId, s.Cycles.Get(Actor.System, CycleId).Version);

        s.Reviews.DeclareConflict(cast.ExpertWang, li.Id, new ConflictDeclaration("李明华是本人指导过的青年教师，并与本人共同承担过区级课题，申请回避。"));
        DemoSteps.Admit(s, cast.ExpertLi, li, 88, "教学经验丰富，课题研究扎实，建议列为拔尖人才。");
        DemoSteps.Admit(s, cast.ExpertZhao, li, 92, "市级获奖论文有推广价值，教科研能力突出。");
        DemoSteps.Admit(s, cast.ExpertLi, zhang, 86, "专业功底深厚，课堂教学特色鲜明。");
        DemoSteps.Admit(s, cast.ExpertZhao, zhang, 89, "主持市级课题，研究意识和能力较强。");
        const string ageException = "王芳同志长期承担毕业班教学，教学业绩突出，年龄略超40周岁，同意破格列为骨干人才培养。";
        DemoSteps.Admit(s, cast.ExpertWang, wang, 80, "教学业绩突出。", ageException);
        DemoSteps.Admit(s, cast.ExpertLi, wang, 82, "班主任工作成绩显著。", ageException);
        DemoSteps.Admit(s, cast.ExpertZhao, liu, 84, "青年教师中的佼佼者，发展潜力大。");
        DemoSteps.Reject(s, cast.ExpertZhao, zhao, 58, "教龄、职称尚未达到骨干人才条件，建议积累经验后再申报。");

        // The list against the quota (top: about 5; backbone: about 50).
        var proposed = s.Determinations.Propose(bureau, CycleId, null, new DeterminationRequest(
        [
            new TierSelection("top", [li.Id, zhang.Id]),
            new TierSelection("backbone", [wang.Id, liu.Id]),
        ]));
        s.Determinations.Fix(bureau, CycleId, proposed.Version);

        // The annual plan: drafted for 区教师进修学校, approved by 区教育局 (another officer), filed.
        var plan = s.Plans.Create(bureau, CycleId);
        plan = s.Plans.Update(bureau, plan.Id, plan.Version, new PlanContent(
        [
            new PlanItemInput("advanced-study", "骨干教师集中研修", "集中面授", "2015-11-01", "2015-12-20", 30_000m),
            new PlanItemInput("practice-improvement", "拔尖人才教学示范与诊断", "示范", "2015-11-10", "2015-12-25", 12_000m),
            new PlanItemInput("seminars-and-exchange", "同课异构教学研讨", "同课异构", "2015-12-01", "2015-12-30", 8_000m),
        ], "由区教师进修学校具体实施，培训对象为2015年度入选的拔尖人才和骨干人才。"));
        plan = s.Plans.Submit(bureau, plan.Id, plan.Version);
        plan = s.Plans.Approve(cast.EducationApprover, plan.Id, plan.Version);
        s.Plans.File(bureau, plan.Id, plan.Version);

        // The task decomposition table.
        TaskInput[] rows =
        [
            new("制定2015年度教育领域培养计划", "区教师进修学校起草，区教育局审批", "报区人才办备案", "2015-11-10", "区教育局分管副局长", "done"),
            new("组织骨干教师集中研修", "区教师进修学校组织实施", "入选人员全部参训", "2015-12-20", "区教师进修学校校长", "in-progress"),
            new("报送年度工作总结", "区教育局汇总", "12月31日前报区人才办", "2015-12-31", "区教育局分管副局长", "in-progress"),
            new("建立拔尖人才成长档案", "区教育局人事科", "每名拔尖人才一人一档", "2016-03-31", "区教育局人事科科长", "in-progress"),
        ];
        var tasks = rows.Select(row => s.Tasks.Create(bureau, CycleId, row)).ToList();

        // Implementation: a work photo, the activities, a progress report.
        var photo = s.Implementation.UploadPhoto(bureau, CycleId, "骨干教师集中研修.png", new MemoryStream(DemoFiles.Png()));
        var activities = new[]
        {
            new ActivityInput("2015-11-20", "advanced-study", "骨干教师集中研修（一）", "集中面授", null, "区教师进修学校",
                [li.Id, zhang.Id, wang.Id, liu.Id], 36, [photo.Id], "专家讲座：新课程标准下的课堂教学改革。"),
            new ActivityInput("2015-12-08", "practice-improvement", "拔尖人才教学示范课", "示范", null, DemoUnits.School,
                [li.Id, zhang.Id], 45, null, "李明华、张丽各上示范课一节，区内骨干教师观摩评课。"),
            new ActivityInput("2015-12-22", "seminars-and-exchange", "同课异构教学研讨", "同课异构", null, DemoUnits.School,
                [wang.Id, liu.Id], 30, null, null),
        }.Select(a => s.Implementation.RecordActivity(bureau, CycleId, a)).ToList();
        s.Implementation.SubmitProgressReport(bureau, CycleId, new ProgressReportInput("2015-Q4",
            "第四季度完成培养计划备案，组织集中研修、示范课和同课异构研讨各一次，入选人员全部参加。"));
        MarkDone(s, cast, tasks[1], rows[1]);

        // Engagement: a symposium for the top talents.
        s.Engagement.Create(bureau, CycleId, new EngagementInput("symposium", "2015-12-28", "2015年度教育领域拔尖人才座谈会", "区教育局会议室", null,
            [li.Id, zhang.Id], "听取拔尖人才对培养工作的意见和建议。"));

        // Year-end summary, acceptance by the Talent Office, grants.
        var summary = s.Implementation.SubmitSummary(bureau, CycleId, null, new SummaryInput(
            "2015年度教育领域鲲鹏工程实施总结：入选拔尖人才2名、骨干人才2名；培养计划经区教育局审批后报区人才办备案；" +
            "全年组织集中研修、示范课、同课异构研讨等活动3次，召开拔尖人才座谈会1次。",
            [photo.Id], activities.Select(a => a.Id).ToList()));
        MarkDone(s, cast, tasks[2], rows[2]);
        s.Acceptance.Accept(cast.TalentOffice, CycleId, summary.Version);
        s.Grants.Release(cast.TalentOffice, CycleId, new GrantRelease(null));
    }

    /// <summary>Marks a row of the task table done (the last row, due 2016-03-31, is left in progress: overdue).</summary>
    private static void MarkDone(DemoServices s, DemoCast cast, DecompositionTask task, TaskInput row) =>
        s.Tasks.Update(cast.EducationOfficer, task.Id, task.Version, row with { Status = "done" });
}
