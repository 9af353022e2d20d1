using Kunpeng.Host.Workflow;
using Kunpeng.Host.Workflow.Audit;
using Kunpeng.Host.Problems;
using Kunpeng.Host.Workflow.Cycles;
using Kunpeng.Host.Workflow.Determinations;
using Kunpeng.Host.Workflow.Engagement;
using Kunpeng.Workflow.Tests.Infrastructure;

namespace Kunpeng.Workflow.Tests.Engagement;

public sealed class EngagementTests : IDisposable
{
    private readonly SeededCycleRegistry _f = new();

    public void Dispose() => _f.Dispose();

    [Fact]
    public void Symposiums_and_visits_are_for_the_cycles_selected_top_talents()
    {
        var cycle = _f.SeedCycle();
        var other = _f.SeedCycle(year: 2016);

        var refusal = Assert.Throws<InputValidationException>(() => _f.Engagement.Create(Actors.HealthOfficer, cycle.Id, new EngagementInput(
            "symposium", "2015-09-10", "拔尖人才座谈会", "区卫生局会议室", null, [cycle.Top[0], cycle.Backbone[0], cycle.Rejected, other.Top[0]], null)));
        Assert.Equal(
            ["participantNominationIds[1]", "participantNominationIds[2]", "participantNominationIds[3]"],
            refusal.Errors.Keys.Order(StringComparer.Ordinal));
        var empty = Assert.Throws<InputValidationException>(() => _f.Engagement.Create(Actors.HealthOfficer, cycle.Id, new EngagementInput(
            "visit", "2015-09-10", "走访慰问", null, null, null, null)));
        Assert.Contains("participantNominationIds", empty.Errors.Keys);

        var symposium = _f.Engagement.Create(Actors.HealthOfficer, cycle.Id, new EngagementInput(
            "symposium", "2015-09-10", "拔尖人才座谈会", "区卫生局会议室", null, [cycle.Top[0], cycle.Top[1]], "了解工作生活情况"));
        var visit = _f.Engagement.Create(Actors.TalentOffice, cycle.Id, new EngagementInput(
            "visit", "2015-12-20", "春节前走访慰问", "区医院", null, [cycle.Top[1]], null));

        Assert.Equal(EngagementKind.Symposium, symposium.Kind);
        Assert.Equal(2, _f.Engagement.List(Actors.HealthOfficer, null, cycle.Id, null, new Host.Workflow.Paging(1, 10)).Total);
        Assert.Equal([visit.Id], _f.Engagement.List(Actors.HealthOfficer, null, null, EngagementKind.Visit, new Host.Workflow.Paging(1, 10)).Items.Select(e => e.Id));
        Assert.Equal("engagement.symposium-recorded", Assert.Single(_f.AuditFor(symposium.Id)).Action);
    }

    [Fact]
    public void Publicity_names_its_outlet_and_may_feature_any_selected_talent()
    {
        var cycle = _f.SeedCycle();

        var noOutlet = Assert.Throws<InputValidationException>(() => _f.Engagement.Create(Actors.HealthOfficer, cycle.Id, new EngagementInput(
            "publicity", "2015-08-01", "优秀骨干人才事迹报道", null, null, [cycle.Backbone[0]], null)));
        var item = _f.Engagement.Create(Actors.HealthOfficer, cycle.Id, new EngagementInput(
            "publicity", "2015-08-01", "优秀骨干人才事迹报道", null, "区电视台", [cycle.Backbone[0]], null));
        var updated = _f.Engagement.Update(Actors.HealthOfficer, item.Id, item.Version, new EngagementInput(
            "publicity", "2015-08-02", "优秀骨干人才事迹报道（续）", null, "区报", [cycle.Backbone[0], cycle.Top[0]], null));

        Assert.Contains("outlet", noOutlet.Errors.Keys);
        Assert.Equal(2, updated.Version);
        Assert.Throws<PreconditionFailedException>(() => _f.Engagement.Update(Actors.HealthOfficer, item.Id, item.Version, new EngagementInput(
            "publicity", "2015-08-02", "x", null, "区报", null, null)));
    }

    [Fact]
    public void No_engagement_before_the_list_is_fixed_nor_outside_the_domain()
    {
        var reviewing = _f.SeedCycle(stage: CycleStage.Reviewing, determination: DeterminationStatus.Proposed);
        var cycle = _f.SeedCycle(year: 2016);
        var input = new EngagementInput("symposium", "2015-09-10", "座谈会", null, null, ["x"], null);

        Assert.Throws<StepOutOfOrderException>(() => _f.Engagement.Create(Actors.HealthOfficer, reviewing.Id, input));
        Assert.Throws<ForbiddenException>(() => _f.Engagement.Create(Actors.TeachersSchool, cycle.Id, input));
        Assert.Throws<ForbiddenException>(() => _f.Engagement.Create(Actors.Unit, cycle.Id, input));
        Assert.Throws<ForbiddenException>(() => _f.Engagement.List(Actors.Reviewer, null, null, null, new Host.Workflow.Paging(1, 10)));
    }
}
