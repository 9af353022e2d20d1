using Kunpeng.Host.Workflow;
using Kunpeng.Host.Workflow.Audit;
using Kunpeng.Host.Problems;
using Kunpeng.Host.Registry;
using Kunpeng.Host.Workflow.Acceptance;
using Kunpeng.Host.Workflow.Cycles;
using Kunpeng.Host.Workflow.Grants;
using Kunpeng.Host.Workflow.Implementation;
using Kunpeng.Workflow.Tests.Infrastructure;
using LiteDB;

namespace Kunpeng.Workflow.Tests.Grants;

public sealed class AcceptanceAndGrantTests : IDisposable
{
    private readonly SeededCycleRegistry _f = new();

    public void Dispose() => _f.Dispose();

    private List<GrantRecord> Ledger() => _f.Db.GetCollection<GrantRecord>(GrantService.Collection).FindAll().ToList();

    [Fact]
    public void No_acceptance_before_the_summary()
    {
        var cycle = _f.SeedCycle();
        _f.FileFirstPlan(cycle);

        var refusal = Assert.Throws<StepOutOfOrderException>(() => _f.Acceptance.Accept(Actors.TalentOffice, cycle.Id, 1));

        Assert.Equal(409, refusal.StatusCode);
        Assert.Equal(CycleStage.Implementing, _f.Cycle(cycle.Id).Stage);
    }

    [Fact]
    public void Only_the_talent_office_accepts_or_returns()
    {
        var cycle = _f.SeedCycle();
        var summary = _f.Summarize(cycle);

        foreach (var actor in new[] { Actors.HealthOfficer, Actors.Reviewer, Actors.Unit })
        {
            Assert.Throws<ForbiddenException>(() => _f.Acceptance.Accept(actor, cycle.Id, summary.Version));
            Assert.Throws<ForbiddenException>(() => _f.Acceptance.Return(actor, cycle.Id, summary.Version, new AcceptanceReturn("不合格")));
        }

        Assert.Equal(CycleStage.Summarized, _f.Cycle(cycle.Id).Stage);
    }

    [Fact]
    public void Acceptance_names_the_summary_version_it_judged()
    {
        var cycle = _f.SeedCycle();
        var summary = _f.Summarize(cycle);

        var stale = Assert.Throws<PreconditionFailedException>(() => _f.Acceptance.Accept(Actors.TalentOffice, cycle.Id, summary.Version + 1));

        Assert.Equal(412, stale.StatusCode);
        Assert.Equal(CycleStage.Summarized, _f.Cycle(cycle.Id).Stage);
    }

    [Fact]
    public void A_returned_cycle_goes_back_to_implementation_and_is_resubmitted_with_if_match()
    {
        var cycle = _f.SeedCycle();
        var summary = _f.Summarize(cycle);
        var noReason = Assert.Throws<InputValidationException>(() => _f.Acceptance.Return(Actors.TalentOffice, cycle.Id, summary.Version, new AcceptanceReturn("")));
        Assert.Contains("reason", noReason.Errors.Keys);

        var returned = _f.Acceptance.Return(Actors.TalentOffice, cycle.Id, summary.Version, new AcceptanceReturn("缺少工作照片"));
        Assert.Equal(SummaryStatus.Returned, returned.Status);
        Assert.Equal(CycleStage.Implementing, _f.Cycle(cycle.Id).Stage);
        Assert.Throws<StepOutOfOrderException>(() => _f.Grants.Release(Actors.TalentOffice, cycle.Id, new GrantRelease(null)));

        var activity = _f.RecordActivity(cycle, "中医院", "2015-11-11");
        Assert.Throws<PreconditionRequiredException>(() =>
            _f.Implementation.SubmitSummary(Actors.HealthOfficer, cycle.Id, null, new SummaryInput("补充后的总结", null, [activity.Id])));
        var resubmitted = _f.Implementation.SubmitSummary(Actors.HealthOfficer, cycle.Id, returned.Version, new SummaryInput("补充后的总结", null, [activity.Id]));
        Assert.Equal(2, resubmitted.Submissions);
        var accepted = _f.Acceptance.Accept(Actors.TalentOffice, cycle.Id, resubmitted.Version);

        Assert.Equal(SummaryStatus.Accepted, accepted.Status);
        Assert.Equal(CycleStage.Accepted, _f.Cycle(cycle.Id).Stage);
        Assert.Equal(
            ["cycle.implementing", "summary.submitted", "cycle.summarized", "summary.returned", "cycle.returned", "summary.submitted", "cycle.summarized", "summary.accepted", "cycle.accepted"],
            _f.AuditFor(cycle.Id).Select(a => a.Action));
    }

    [Theory]
    [InlineData(CycleStage.Determined)]
    [InlineData(CycleStage.Implementing)]
    [InlineData(CycleStage.Summarized)]
    public void No_grant_before_acceptance(CycleStage stage)
    {
        var cycle = _f.SeedCycle(stage: stage);
        var audit = _f.AuditCount();

        var refusal = Assert.Throws<StepOutOfOrderException>(() => _f.Grants.Release(Actors.TalentOffice, cycle.Id, new GrantRelease(null)));

        Assert.Equal(409, refusal.StatusCode);
        Assert.Empty(Ledger());
        Assert.Equal(audit, _f.AuditCount());
    }

    [Fact]
    public void Only_the_talent_office_releases_grants()
    {
        var cycle = _f.SeedCycle();
        _f.Accept(cycle);

        foreach (var actor in new[] { Actors.HealthOfficer, Actors.Reviewer, Actors.Unit, Actors.Applicant })
        {
            Assert.Throws<ForbiddenException>(() => _f.Grants.Release(actor, cycle.Id, new GrantRelease(null)));
        }

        Assert.Empty(Ledger());
        Assert.Throws<ForbiddenException>(() => _f.Grants.List(Actors.Reviewer, null, null, null, null, null, new Host.Workflow.Paging(1, 50)));
        Assert.Throws<ForbiddenException>(() => _f.Grants.Totals(Actors.TeachersSchool, "health", null));
    }

    [Fact]
    public void Release_pays_each_selected_person_the_tier_amount_and_closes_the_cycle()
    {
        var cycle = _f.SeedCycle(top: 2, backbone: 3);
        _f.Accept(cycle);

        var released = _f.Grants.Release(Actors.TalentOffice, cycle.Id, new GrantRelease(null));

        Assert.Equal(5, released.Count);
        Assert.All(released, g => Assert.Equal(GrantStatus.Paid, g.Status));
        Assert.Equal([10_000m, 10_000m], released.Where(g => g.Tier == "top").Select(g => g.Amount));
        Assert.Equal([5_000m, 5_000m, 5_000m], released.Where(g => g.Tier == "backbone").Select(g => g.Amount));
        Assert.DoesNotContain(released, g => g.NominationId == cycle.Rejected);
        Assert.All(released, g => Assert.Equal("to-1", g.ByActor));
        Assert.Equal(CycleStage.Closed, _f.Cycle(cycle.Id).Stage);
        var totals = Assert.Single(_f.Grants.Totals(Actors.HealthOfficer, null, 2015).Rows);
        Assert.Equal(("health", 2015, 5, 35_000m), (totals.DomainId, totals.Year, totals.Paid, totals.Amount));
        Assert.Equal(5, _f.Db.GetCollection<AuditEntry>(AuditEntry.Set.Name).Count(a => a.Action == "grant.paid"));
        Assert.Equal(2, _f.Grants.List(Actors.HealthOfficer, null, cycle.Id, 2015, "top", GrantStatus.Paid, new Host.Workflow.Paging(1, 50)).Total);
    }

    [Fact]
    public void Nobody_is_paid_twice_for_a_cycle()
    {
        var cycle = _f.SeedCycle();
        _f.Accept(cycle);
        _f.Grants.Release(Actors.TalentOffice, cycle.Id, new GrantRelease(null));
        var audit = _f.AuditCount();

        var again = Assert.Throws<ConflictException>(() => _f.Grants.Release(Actors.TalentOffice, cycle.Id, new GrantRelease(null)));

        Assert.Equal(409, again.StatusCode);
        Assert.Equal(5, Ledger().Count);
        Assert.Equal(audit, _f.AuditCount());
        // The registry itself refuses a second line for the same cycle and person.
        var first = Ledger()[0];
        first.Id = "forged";
        Assert.Throws<LiteException>(() => _f.Registry.Write(db => db.GetCollection<GrantRecord>(GrantService.Collection).Insert(first)));
        Assert.Equal(5, Ledger().Count);
    }

    [Fact]
    public void A_withheld_or_reduced_grant_needs_a_reason_and_a_refused_release_writes_nothing()
    {
        var cycle = _f.SeedCycle();
        _f.Accept(cycle);
        var audit = _f.AuditCount();

        var refusal = Assert.Throws<InputValidationException>(() => _f.Grants.Release(Actors.TalentOffice, cycle.Id, new GrantRelease(
        [
            new GrantAdjustment(cycle.Top[0], "withheld", null, null),
            new GrantAdjustment(cycle.Backbone[0], "reduced", 5_000m, "  "),
            new GrantAdjustment(cycle.Backbone[1], "reduced", null, "未完成培训任务"),
            new GrantAdjustment(cycle.Rejected, "withheld", null, "x"),
            new GrantAdjustment(cycle.Backbone[2], "paid", null, "x"),
        ])));

        Assert.Equal(
            ["adjustments[0].reason", "adjustments[1].amount", "adjustments[1].reason", "adjustments[2].amount", "adjustments[3].nominationId", "adjustments[4].status"],
            refusal.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(Ledger());
        Assert.Equal(CycleStage.Accepted, _f.Cycle(cycle.Id).Stage);
        Assert.Equal(audit, _f.AuditCount());
    }

    [Fact]
    public void Withheld_and_reduced_grants_carry_their_reason_and_amount()
    {
        var cycle = _f.SeedCycle(top: 2, backbone: 3);
        _f.Accept(cycle);

        var released = _f.Grants.Release(Actors.TalentOffice, cycle.Id, new GrantRelease(
        [
            new GrantAdjustment(cycle.Top[1], "withheld", null, "年度考核不合格"),
            new GrantAdjustment(cycle.Backbone[0], "reduced", 2_500m, "仅完成一半培训任务"),
        ])).ToDictionary(g => g.NominationId);

        Assert.Equal((GrantStatus.Withheld, 0m, 10_000m, "年度考核不合格"),
            (released[cycle.Top[1]].Status, released[cycle.Top[1]].Amount, released[cycle.Top[1]].StandardAmount, released[cycle.Top[1]].Reason));
        Assert.Equal((GrantStatus.Reduced, 2_500m, 5_000m), (released[cycle.Backbone[0]].Status, released[cycle.Backbone[0]].Amount, released[cycle.Backbone[0]].StandardAmount));
        Assert.Null(released[cycle.Top[0]].Reason);
        var totals = Assert.Single(_f.Grants.Totals(Actors.TalentOffice, "health", 2015).Rows);
        Assert.Equal((5, 3, 1, 1, 35_000m, 22_500m), (totals.Persons, totals.Paid, totals.Reduced, totals.Withheld, totals.StandardAmount, totals.Amount));
    }

    [Fact]
    public void Party_government_grants_follow_its_division_and_section_tiers()
    {
        var cycle = _f.SeedCycle("party-government", top: 1, backbone: 2, stage: CycleStage.Accepted);

        var released = _f.Grants.Release(Actors.TalentOffice, cycle.Id, new GrantRelease(null));

        Assert.Equal([("division", 10_000m), ("section", 5_000m), ("section", 5_000m)], released.Select(g => (g.Tier, g.Amount)));
    }

    [Fact]
    public void A_restart_keeps_the_ledger_the_audit_trail_and_the_closed_cycle()
    {
        var cycle = _f.SeedCycle();
        _f.Accept(cycle);
        var released = _f.Grants.Release(Actors.TalentOffice, cycle.Id, new GrantRelease(
            [new GrantAdjustment(cycle.Backbone[0], "reduced", 3_000m, "部分培训未参加")]));
        var audit = _f.AuditCount();

        _f.Reopen();

        var ledger = Ledger();
        Assert.Equal(released.Select(g => (g.Id, g.PersonId, g.Amount, g.Status, g.Reason)).Order(),
            ledger.Select(g => (g.Id, g.PersonId, g.Amount, g.Status, g.Reason)).Order());
        Assert.Equal(audit, _f.AuditCount());
        Assert.Equal(CycleStage.Closed, _f.Cycle(cycle.Id).Stage);
        Assert.Equal(SummaryStatus.Accepted, _f.Implementation.GetSummary(Actors.TalentOffice, cycle.Id).Status);
        Assert.Throws<ConflictException>(() => _f.Grants.Release(Actors.TalentOffice, cycle.Id, new GrantRelease(null)));
        Assert.Equal(ledger.Count, Ledger().Count);
    }
}
