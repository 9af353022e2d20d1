using Kunpeng.Host.Workflow;
using Kunpeng.Host.Workflow.Audit;
using Kunpeng.Host.Problems;
using Kunpeng.Host.Workflow.Cycles;
using Kunpeng.Host.Workflow.Determinations;
using Kunpeng.Host.Workflow.Plans;
using Kunpeng.Workflow.Tests.Infrastructure;
using NSubstitute;

namespace Kunpeng.Workflow.Tests.Plans;

public sealed class PlanServiceTests : IDisposable
{
    private readonly SeededCycleRegistry _f = new();

    public void Dispose() => _f.Dispose();

    [Theory]
    [InlineData(CycleStage.Nominating, DeterminationStatus.Proposed)]
    [InlineData(CycleStage.Reviewing, null)]
    [InlineData(CycleStage.Determined, DeterminationStatus.Proposed)]
    [InlineData(CycleStage.Determined, DeterminationStatus.AwaitingApproval)]
    public void No_plan_before_the_determination_is_fixed(CycleStage stage, DeterminationStatus? determination)
    {
        var cycle = _f.SeedCycle(stage: stage, determination: determination);
        var audit = _f.AuditCount();

        var refusal = Assert.Throws<StepOutOfOrderException>(() => _f.Plans.Create(Actors.HealthOfficer, cycle.Id));

        Assert.Equal(409, refusal.StatusCode);
        Assert.Equal(0, _f.Db.GetCollection<AnnualPlan>(AnnualPlan.Set.Name).Count());
        Assert.Equal(audit, _f.AuditCount());
    }

    [Fact]
    public void Revision_1_takes_trainee_count_and_names_from_the_fixed_determination_and_records_the_rules_bodies()
    {
        var cycle = _f.SeedCycle("education", top: 2, backbone: 4);

        var plan = _f.Plans.Create(Actors.TeachersSchool, cycle.Id);

        Assert.Equal("education-2015-r1", plan.Id);
        Assert.Equal(PlanStatus.Draft, plan.Status);
        Assert.Equal(6, plan.TraineeCount);
        Assert.Equal(cycle.Top.Concat(cycle.Backbone), plan.Trainees.Select(t => t.NominationId));
        Assert.DoesNotContain(plan.Trainees, t => t.NominationId == cycle.Rejected);
        Assert.Equal("top人选1", plan.Trainees[0].PersonName);
        Assert.True(plan.ApprovalRequired);
        Assert.Equal("区教师进修学校", plan.DraftingBodyZh);
        Assert.Equal("区教育局", plan.ApprovingBodyZh);
        Assert.Equal("区教育局", plan.FilingBodyZh);
        var created = Assert.Single(_f.AuditFor(plan.Id));
        Assert.Equal("plan.created", created.Action);
        Assert.Equal("bureau-officer", created.Role);
        Assert.Null(created.Before);
        Assert.Contains("区教师进修学校", created.After);
    }

    [Fact]
    public void Education_plan_is_drafted_by_the_school_approved_by_another_officer_for_the_bureau_then_filed()
    {
        var cycle = _f.SeedCycle("education");
        var plan = _f.Plans.Create(Actors.TeachersSchool, cycle.Id);
        plan = _f.Plans.Update(Actors.TeachersSchool, plan.Id, plan.Version, new PlanContent([SeededCycleRegistry.ItemFor("education")], null));
        plan = _f.Plans.Submit(Actors.TeachersSchool, plan.Id, plan.Version);
        Assert.Equal("区教师进修学校", plan.Submitted!.BodyZh);

        // Filing before approval is out of order.
        Assert.Throws<StepOutOfOrderException>(() => _f.Plans.File(Actors.EducationBureau, plan.Id, plan.Version));
        // The submitter cannot approve their own plan.
        Assert.Throws<ForbiddenException>(() => _f.Plans.Approve(Actors.TeachersSchool, plan.Id, plan.Version));

        plan = _f.Plans.Approve(Actors.EducationBureau, plan.Id, plan.Version);
        Assert.Equal(PlanStatus.Approved, plan.Status);
        Assert.Equal("区教育局", plan.Approved!.BodyZh);
        Assert.Equal("ed-2", plan.Approved.ActorId);
        Assert.Equal(CycleStage.Determined, _f.Cycle(cycle.Id).Stage);

        plan = _f.Plans.File(Actors.EducationBureau, plan.Id, plan.Version);

        Assert.Equal(PlanStatus.Filed, plan.Status);
        Assert.Equal(CycleStage.Implementing, _f.Cycle(cycle.Id).Stage);
        Assert.Equal(
            ["plan.created", "plan.updated", "plan.submitted", "plan.approved", "plan.filed"],
            _f.AuditFor(plan.Id).Select(a => a.Action));
        var stage = Assert.Single(_f.AuditFor(cycle.Id));
        Assert.Equal("cycle.implementing", stage.Action);
        Assert.Contains("\"determined\"", stage.Before);
        Assert.Contains("\"implementing\"", stage.After);
    }

    [Fact]
    public void Health_plan_needs_no_approval_and_approving_it_is_refused()
    {
        var cycle = _f.SeedCycle("health");
        var plan = _f.Plans.Create(Actors.HealthOfficer, cycle.Id);
        plan = _f.Plans.Update(Actors.HealthOfficer, plan.Id, plan.Version, new PlanContent([SeededCycleRegistry.ItemFor("health")], null));
        plan = _f.Plans.Submit(Actors.HealthOfficer, plan.Id, plan.Version);

        Assert.Throws<StepOutOfOrderException>(() => _f.Plans.Approve(Actors.HealthOfficer2, plan.Id, plan.Version));
        plan = _f.Plans.File(Actors.HealthOfficer, plan.Id, plan.Version);

        Assert.Equal(PlanStatus.Filed, plan.Status);
        Assert.Null(plan.ApprovingBodyZh);
        Assert.Equal("区卫生局", plan.Filed!.BodyZh);
        Assert.Equal(3, plan.Targets.Count(t => t.MeasureId == TestDomainTerms.ContinuingEducation));
    }

    [Fact]
    public void A_plan_without_trainings_cannot_be_submitted()
    {
        var cycle = _f.SeedCycle();
        var plan = _f.Plans.Create(Actors.HealthOfficer, cycle.Id);

        var refusal = Assert.Throws<InputValidationException>(() => _f.Plans.Submit(Actors.HealthOfficer, plan.Id, plan.Version));

        Assert.Contains("items", refusal.Errors.Keys);
    }

    [Fact]
    public void A_filed_plan_is_frozen_and_a_change_is_a_new_revision_that_supersedes_it_once_filed()
    {
        var cycle = _f.SeedCycle();
        var filed = _f.FileFirstPlan(cycle);
        var frozen = Assert.Throws<StepOutOfOrderException>(() =>
            _f.Plans.Update(Actors.HealthOfficer, filed.Id, filed.Version, new PlanContent([SeededCycleRegistry.ItemFor("health")], "改")));
        Assert.Contains("frozen", frozen.Message);
        Assert.Throws<StepOutOfOrderException>(() => _f.Plans.Submit(Actors.HealthOfficer, filed.Id, filed.Version));

        var r2 = _f.Plans.Create(Actors.HealthOfficer, cycle.Id);
        Assert.Equal(2, r2.Revision);
        Assert.Equal(PlanStatus.Draft, r2.Status);
        Assert.Equal(filed.Items.Select(i => i.Title), r2.Items.Select(i => i.Title));
        Assert.Equal(filed.Id, r2.Supersedes);
        // While r2 is open, no r3, and r1 stays filed and visible.
        Assert.Throws<StepOutOfOrderException>(() => _f.Plans.Create(Actors.HealthOfficer, cycle.Id));
        Assert.Equal(PlanStatus.Filed, _f.Plans.Get(Actors.HealthOfficer, filed.Id).Status);

        var extra = new PlanItemInput(TestDomainTerms.SkillsContest, "全区卫生技能竞赛", "技能竞赛", "2015-10-01", "2015-10-02", 50_000m);
        r2 = _f.Plans.Update(Actors.HealthOfficer, r2.Id, r2.Version, new PlanContent([SeededCycleRegistry.ItemFor("health"), extra], null));
        r2 = _f.Plans.Submit(Actors.HealthOfficer, r2.Id, r2.Version);
        r2 = _f.Plans.File(Actors.HealthOfficer, r2.Id, r2.Version);

        var revisions = _f.Plans.Revisions(Actors.TalentOffice, cycle.Id);
        Assert.Equal([PlanStatus.Superseded, PlanStatus.Filed], revisions.Select(r => r.Status));
        Assert.Equal(r2.Id, revisions[0].SupersededBy);
        Assert.Equal(70_000m, revisions[1].TotalBudgetCny);
        Assert.Equal(CycleStage.Implementing, _f.Cycle(cycle.Id).Stage);
    }

    [Fact]
    public void Bad_items_are_refused_naming_each_field_and_nothing_is_written()
    {
        var cycle = _f.SeedCycle();
        var plan = _f.Plans.Create(Actors.HealthOfficer, cycle.Id);
        var audit = _f.AuditCount();

        var refusal = Assert.Throws<InputValidationException>(() => _f.Plans.Update(Actors.HealthOfficer, plan.Id, plan.Version, new PlanContent(
        [
            new PlanItemInput("no-such-measure", "培训", null, "2015-03-01", "2015-03-02", 100m),
            new PlanItemInput(TestDomainTerms.ContinuingEducation, " ", "茶话会", "2015-05-02", "2015-05-01", -1m),
            new PlanItemInput(TestDomainTerms.ContinuingEducation, "跨年培训", "学术交流", "2016-01-01", "2015-13-01", null),
        ], null)));

        Assert.Equal(400, refusal.StatusCode);
        Assert.Contains("items[0].measureId", refusal.Errors.Keys);
        Assert.Contains("items[1].title", refusal.Errors.Keys);
        Assert.Contains("items[1].form", refusal.Errors.Keys);
        Assert.Contains("items[1].end", refusal.Errors.Keys);
        Assert.Contains("items[1].budgetCny", refusal.Errors.Keys);
        Assert.Contains("items[2].start", refusal.Errors.Keys);
        Assert.Contains("items[2].end", refusal.Errors.Keys);
        Assert.Contains("items[2].budgetCny", refusal.Errors.Keys);
        var stored = _f.Plans.Get(Actors.HealthOfficer, plan.Id);
        Assert.Equal(plan.Version, stored.Version);
        Assert.Empty(stored.Items);
        Assert.Equal(audit, _f.AuditCount());
    }

    [Fact]
    public void Without_a_measures_catalogue_no_measure_can_be_planned()
    {
        var terms = Substitute.For<IDomainTermsSource>();
        terms.Find("health").Returns(TestDomainTerms.Health with { Measures = null });
        using var f = new SeededCycleRegistry(terms);
        var cycle = f.SeedCycle();
        var plan = f.Plans.Create(Actors.HealthOfficer, cycle.Id);

        var refusal = Assert.Throws<InputValidationException>(() =>
            f.Plans.Update(Actors.HealthOfficer, plan.Id, plan.Version, new PlanContent([SeededCycleRegistry.ItemFor("health")], null)));

        Assert.Contains("catalogue", Assert.Single(refusal.Errors["items[0].measureId"]));
    }

    [Fact]
    public void A_stale_version_is_refused_with_412()
    {
        var cycle = _f.SeedCycle();
        var plan = _f.Plans.Create(Actors.HealthOfficer, cycle.Id);
        _f.Plans.Update(Actors.HealthOfficer, plan.Id, plan.Version, new PlanContent([SeededCycleRegistry.ItemFor("health")], "第一版"));

        var stale = Assert.Throws<PreconditionFailedException>(() =>
            _f.Plans.Update(Actors.HealthOfficer2, plan.Id, plan.Version, new PlanContent([SeededCycleRegistry.ItemFor("health")], "覆盖")));

        Assert.Equal(412, stale.StatusCode);
        Assert.Equal(plan.Version + 1, stale.Extensions["currentVersion"]);
        Assert.Equal("第一版", _f.Plans.Get(Actors.HealthOfficer, plan.Id).Notes);
        Assert.Throws<PreconditionFailedException>(() => _f.Plans.Submit(Actors.HealthOfficer, plan.Id, plan.Version));
    }

    [Fact]
    public void Roles_outside_their_scope_cannot_touch_plans()
    {
        var cycle = _f.SeedCycle("health");
        var plan = _f.Plans.Create(Actors.HealthOfficer, cycle.Id);

        foreach (var outsider in new[] { Actors.TeachersSchool, Actors.Reviewer, Actors.Unit, Actors.Applicant })
        {
            Assert.Throws<ForbiddenException>(() => _f.Plans.Get(outsider, plan.Id));
            Assert.Throws<ForbiddenException>(() => _f.Plans.Update(outsider, plan.Id, plan.Version, new PlanContent([], null)));
            Assert.Throws<ForbiddenException>(() => _f.Plans.Revisions(outsider, cycle.Id));
        }

        Assert.Throws<ForbiddenException>(() => _f.Plans.List(Actors.Reviewer, null, null, null, null, new Host.Workflow.Paging(1, 50)));
        Assert.Throws<ForbiddenException>(() => _f.Plans.List(Actors.TeachersSchool, "health", null, null, null, new Host.Workflow.Paging(1, 50)));
        Assert.Empty(_f.Plans.List(Actors.TeachersSchool, null, null, null, null, new Host.Workflow.Paging(1, 50)).Items);
        Assert.Single(_f.Plans.List(Actors.HealthOfficer, null, null, 2015, PlanStatus.Draft, new Host.Workflow.Paging(1, 50)).Items);
        Assert.Single(_f.Plans.List(Actors.TalentOffice, "health", cycle.Id, null, null, new Host.Workflow.Paging(1, 50)).Items);
        Assert.Empty(_f.Plans.List(Actors.TalentOffice, null, null, null, PlanStatus.Filed, new Host.Workflow.Paging(1, 50)).Items);
    }

    [Fact]
    public void Returning_a_submitted_plan_needs_a_reason_and_reopens_the_draft()
    {
        var cycle = _f.SeedCycle("education");
        var plan = _f.Plans.Create(Actors.TeachersSchool, cycle.Id);
        plan = _f.Plans.Update(Actors.TeachersSchool, plan.Id, plan.Version, new PlanContent([SeededCycleRegistry.ItemFor("education")], null));
        plan = _f.Plans.Submit(Actors.TeachersSchool, plan.Id, plan.Version);

        var noReason = Assert.Throws<InputValidationException>(() => _f.Plans.Return(Actors.EducationBureau, plan.Id, plan.Version, new PlanReturn(" ")));
        Assert.Contains("reason", noReason.Errors.Keys);
        plan = _f.Plans.Return(Actors.EducationBureau, plan.Id, plan.Version, new PlanReturn("预算过高，请压减"));

        Assert.Equal(PlanStatus.Draft, plan.Status);
        Assert.Equal("预算过高，请压减", plan.ReturnReason);
        Assert.Null(plan.Submitted);
    }
}
