using Kunpeng.Host.Measures;
using Kunpeng.Host.Problems;
using Kunpeng.Host.Workflow.Implementation;
using Kunpeng.Host.Workflow.Plans;
using Kunpeng.Workflow.Tests.Infrastructure;
using static Kunpeng.Workflow.Tests.Measures.TestMeasureDefaults;

namespace Kunpeng.Workflow.Tests.Measures;

/// <summary>Plans draw on the effective catalogue; what a filed plan used is never deleted, and the plan keeps what it filed.</summary>
public sealed class MeasurePlanTests : IDisposable
{
    private readonly TestMeasureDefaults _defaults = new();
    private readonly SeededCycleRegistry _f;

    public MeasurePlanTests() => _f = new SeededCycleRegistry(measureDefaults: _defaults);

    private MeasureCatalogService Measures => _f.Measures!;

    public void Dispose() => _f.Dispose();

    private static PlanItemInput NightSchoolItem(string form = "夜校授课") =>
        new("night-school", "拔尖人才夜校", form, "2015-09-01", "2015-12-31", 8_000m);

    private static PlanItemInput ContestItem() =>
        new(SkillsContest, "全区卫生技能竞赛", "技能竞赛", "2015-10-01", "2015-10-02", 50_000m);

    private AnnualPlan FileWith(SeededCycle cycle, params PlanItemInput[] items)
    {
        var plan = _f.Plans.Create(Actors.HealthOfficer, cycle.Id);
        plan = _f.Plans.Update(Actors.HealthOfficer, plan.Id, plan.Version, new PlanContent(items, null));
        plan = _f.Plans.Submit(Actors.HealthOfficer, plan.Id, plan.Version);
        return _f.Plans.File(Actors.HealthOfficer, plan.Id, plan.Version);
    }

    [Fact]
    public void A_bureau_added_measure_can_be_planned_with_its_own_forms_and_its_targets_are_filed_with_the_plan()
    {
        Measures.Add(Actors.HealthOfficer, "health", MeasureCatalogServiceTests.NightSchool("night-school"));
        var cycle = _f.SeedCycle();
        var draft = _f.Plans.Create(Actors.HealthOfficer, cycle.Id);
        Assert.Contains(draft.Targets, t => t.MeasureId == "night-school" && t.MinimumPerYear == 10);

        var wrongForm = Assert.Throws<InputValidationException>(() =>
            _f.Plans.Update(Actors.HealthOfficer, draft.Id, draft.Version, new PlanContent([NightSchoolItem("茶话会")], null)));
        Assert.Contains("夜校授课", Assert.Single(wrongForm.Errors["items[0].form"]));

        draft = _f.Plans.Update(Actors.HealthOfficer, draft.Id, draft.Version, new PlanContent([NightSchoolItem()], null));
        draft = _f.Plans.Submit(Actors.HealthOfficer, draft.Id, draft.Version);
        var filed = _f.Plans.File(Actors.HealthOfficer, draft.Id, draft.Version);

        var item = Assert.Single(filed.Items);
        Assert.Equal(("night-school", "卫生夜校", "夜校授课"), (item.MeasureId, item.MeasureTitleZh, item.FormZh));
        Assert.Equal(
            ["activities-district-hospital", "activities-tcm-hospital", "activities-second-hospital", "annual-contest", "monthly-classes"],
            filed.Targets.Select(t => t.TargetId));
    }

    [Fact]
    public void An_edited_default_is_planned_as_the_bureau_edited_it()
    {
        Measures.Edit(Actors.HealthOfficer, "health", ContinuingEducation, 1, MeasureCatalogServiceTests.ContinuingEducationEdit());
        var cycle = _f.SeedCycle();

        var filed = FileWith(cycle, new PlanItemInput(ContinuingEducation, "远程病例研讨", "远程教学", "2015-04-01", "2015-11-30", 12_000m));

        Assert.Equal("继续教育（区定）", filed.Items[0].MeasureTitleZh);
        Assert.Equal([(6, "区医院"), (6, "中医院")], filed.Targets.Where(t => t.MeasureId == ContinuingEducation).Select(t => (t.MinimumPerYear, t.ScopeZh)));
    }

    [Fact]
    public void A_retired_measure_cannot_be_newly_planned_until_it_is_reinstated()
    {
        var retired = Measures.Retire(Actors.HealthOfficer, "health", SkillsContest, 1);
        var cycle = _f.SeedCycle();
        var plan = _f.Plans.Create(Actors.HealthOfficer, cycle.Id);
        Assert.DoesNotContain(plan.Targets, t => t.MeasureId == SkillsContest);

        var refusal = Assert.Throws<InputValidationException>(() =>
            _f.Plans.Update(Actors.HealthOfficer, plan.Id, plan.Version, new PlanContent([ContestItem()], null)));

        Assert.Contains("retired", Assert.Single(refusal.Errors["items[0].measureId"]));
        Measures.Reinstate(Actors.HealthOfficer, "health", SkillsContest, retired.Version);
        plan = _f.Plans.Update(Actors.HealthOfficer, plan.Id, plan.Version, new PlanContent([ContestItem()], null));
        Assert.Equal(SkillsContest, Assert.Single(plan.Items).MeasureId);
    }

    [Fact]
    public void A_filed_plan_keeps_showing_the_titles_and_targets_it_filed_whatever_the_catalogue_does_next()
    {
        var cycle = _f.SeedCycle();
        var filed = _f.FileFirstPlan(cycle);
        var before = PlanView.Of(filed);

        var edit = Measures.Edit(Actors.HealthOfficer, "health", ContinuingEducation, 1, MeasureCatalogServiceTests.ContinuingEducationEdit());
        Measures.Retire(Actors.HealthOfficer, "health", ContinuingEducation, edit.Version);
        Measures.Retire(Actors.HealthOfficer, "health", SkillsContest, 1);
        _defaults.Publish("health", "2.0.0", []);

        var after = PlanView.Of(_f.Plans.Get(Actors.HealthOfficer, filed.Id));
        Assert.Equal("继续教育", after.Items[0].MeasureTitleZh);
        Assert.Equal(before.Items, after.Items);
        Assert.Equal(before.Targets, after.Targets);
        Assert.Equal(4, after.Targets.Count);
        Assert.Equal(filed.Version, after.Version);
    }

    [Fact]
    public void A_measure_a_filed_plan_used_cannot_be_deleted_409_naming_the_plan_but_can_be_retired()
    {
        var added = Measures.Add(Actors.HealthOfficer, "health", MeasureCatalogServiceTests.NightSchool("night-school"));
        var cycle = _f.SeedCycle();
        var r1 = FileWith(cycle, NightSchoolItem());

        var refusal = Assert.Throws<ConflictException>(() => Measures.Delete(Actors.HealthOfficer, "health", "night-school", added.Version));

        Assert.Equal(409, refusal.StatusCode);
        Assert.Contains("health-2015-r1 (filed)", refusal.Message);
        Assert.Equal([new PlanUsingMeasure(r1.Id, "filed")], (IEnumerable<PlanUsingMeasure>)refusal.Extensions["plans"]!);
        var retired = Measures.Retire(Actors.HealthOfficer, "health", "night-school", added.Version);
        Assert.True(retired.Retired);

        // A new revision copies r1's trainings; the retired one must go before it can be saved.
        var r2 = _f.Plans.Create(Actors.HealthOfficer, cycle.Id);
        Assert.Throws<InputValidationException>(() =>
            _f.Plans.Update(Actors.HealthOfficer, r2.Id, r2.Version, new PlanContent([NightSchoolItem()], null)));
        r2 = _f.Plans.Update(Actors.HealthOfficer, r2.Id, r2.Version, new PlanContent([ContestItem()], null));
        r2 = _f.Plans.Submit(Actors.HealthOfficer, r2.Id, r2.Version);
        _f.Plans.File(Actors.HealthOfficer, r2.Id, r2.Version);

        // r1 is superseded, and still what the measure was filed in.
        var still = Assert.Throws<ConflictException>(() => Measures.Delete(Actors.HealthOfficer, "health", "night-school", retired.Version));
        Assert.Contains("health-2015-r1 (superseded)", still.Message);
        Assert.DoesNotContain("r2", still.Message);
        Assert.NotNull(Measures.Get("health", "night-school"));
    }

    [Fact]
    public void A_measure_a_draft_plans_cannot_be_deleted_until_the_draft_drops_it_and_an_unused_one_can()
    {
        var added = Measures.Add(Actors.HealthOfficer, "health", MeasureCatalogServiceTests.NightSchool("night-school"));
        var cycle = _f.SeedCycle();
        var draft = _f.Plans.Create(Actors.HealthOfficer, cycle.Id);
        draft = _f.Plans.Update(Actors.HealthOfficer, draft.Id, draft.Version, new PlanContent([NightSchoolItem()], null));

        var refusal = Assert.Throws<ConflictException>(() => Measures.Delete(Actors.HealthOfficer, "health", "night-school", added.Version));
        Assert.Contains("health-2015-r1 (draft)", refusal.Message);

        // The draft copied the measure's targets, but only its trainings count until it is filed.
        _f.Plans.Update(Actors.HealthOfficer, draft.Id, draft.Version, new PlanContent([ContestItem()], null));
        Measures.Delete(Actors.HealthOfficer, "health", "night-school", added.Version);
        Assert.Null(Measures.Catalogue("health").Find("night-school"));
    }

    [Fact]
    public void Implementation_still_records_a_retired_measure_the_filed_plan_holds_and_no_other()
    {
        var cycle = _f.SeedCycle();
        _f.FileFirstPlan(cycle);
        var late = Measures.Add(Actors.HealthOfficer, "health",
            new MeasureInput("mentoring", null, "导师带徒", "为人选配备导师。", "practice", ["导师带徒"], []));
        var edit = Measures.Retire(Actors.HealthOfficer, "health", ContinuingEducation, 1);
        Measures.Retire(Actors.HealthOfficer, "health", late.Id, late.Version);

        var activity = _f.RecordActivity(cycle, "区医院");
        var refusal = Assert.Throws<InputValidationException>(() => _f.Implementation.RecordActivity(Actors.HealthOfficer, cycle.Id,
            new ActivityInput("2015-05-12", "mentoring", "导师带徒签约", "导师带徒", null, "区医院", [cycle.Top[0]], 0, null, null)));

        Assert.Equal((ContinuingEducation, "继续教育"), (activity.MeasureId, activity.MeasureTitleZh));
        Assert.True(edit.Retired);
        Assert.Contains("retired", Assert.Single(refusal.Errors["measureId"]));
        // And it counts towards the targets the plan filed.
        Assert.Contains(
            TargetProgress.Of(_f.Store.Read(AnnualPlan.Set), _f.Store.Read(ActivityRecord.Set), _f.Cycle(cycle.Id), _f.WorkflowTerms),
            p => p.TargetId == "activities-district-hospital" && p.Activities == 1);
    }

    [Fact]
    public void A_measure_an_activity_was_recorded_under_cannot_be_deleted()
    {
        var added = Measures.Add(Actors.HealthOfficer, "health",
            new MeasureInput("mentoring", null, "导师带徒", "为人选配备导师。", "practice", ["导师带徒"], []));
        var cycle = _f.SeedCycle();
        _f.FileFirstPlan(cycle);
        _f.Implementation.RecordActivity(Actors.HealthOfficer, cycle.Id,
            new ActivityInput("2015-05-12", "mentoring", "导师带徒签约", "导师带徒", null, "区医院", [cycle.Top[0]], 0, null, null));

        var refusal = Assert.Throws<ConflictException>(() => Measures.Delete(Actors.HealthOfficer, "health", added.Id, added.Version));

        Assert.Contains("1 recorded activity", refusal.Message);
        Assert.Equal(1, refusal.Extensions["activities"]);
    }
}
