using Kunpeng.Host.Problems;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Audit;
using Kunpeng.Host.Workflow.Cycles;
using Kunpeng.Host.Workflow.Nominations;
using Kunpeng.Host.Workflow.Reviews;
using Kunpeng.Host.Workflow.Writing;
using Kunpeng.Registry;
using Kunpeng.Workflow.Tests.Infrastructure;
using Xunit;

namespace Kunpeng.Workflow.Tests.Reviews;

/// <summary>Expert review on the write path, without HTTP: the order of checks, the audit roots, the read-only guard.</summary>
public sealed class ReviewWritePathTests : IDisposable
{
    private static readonly Actor Bureau = Actors.BureauOf("education");
    private readonly WorkflowServices _services;
    private readonly Actor _first;
    private readonly Actor _second;
    private readonly Nomination _submitted;

    public ReviewWritePathTests()
    {
        _services = new WorkflowServices(screener: FakeScreenings.Returning(() => "pending-review", ("top.expertise", "qualitative", "awaits-panel")));
        _services.Cycles.OpenYear(Actors.TalentOffice, 2015);
        _first = _services.Reviewer("expert-one");
        _second = _services.Reviewer("expert-two");
        _submitted = _services.SubmittedNomination("周", new DateOnly(1972, 3, 3));
    }

    private List<AuditEntry> Audit() => _services.Get<IRegistry>().Read(AuditEntry.Set).List(RecordQuery.All).ToList();

    private Nomination AssignBoth()
    {
        _services.Reviews.FormPanel(Bureau, "education-2015", IfMatch.Absent, new PanelRequest([_first.AccountId, _second.AccountId]));
        return _services.Reviews.Assign(Bureau, _submitted.Id, _submitted.Version, new AssignmentRequest([_first.AccountId, _second.AccountId]));
    }

    private void CloseNominations()
    {
        var cycle = _services.Cycles.Get(Actors.TalentOffice, "education-2015");
        _services.Cycles.CloseNominations(Bureau, cycle.Id, cycle.Version);
    }

    private static ReviewRequest Admit() => new([new JudgmentInput("top.expertise", true, null)], true, null, 80, Recommendations.Admit, null, null);

    [Fact]
    public void An_assignment_is_checked_in_the_fixed_order_and_a_refusal_writes_nothing()
    {
        var audited = Audit().Count;
        // No panel yet (409) and a reviewer off any panel (400): a stale ETag (412) comes first, then the state.
        var offPanel = new AssignmentRequest(["nobody"]);
        Assert.Throws<PreconditionFailedException>(() => _services.Reviews.Assign(Bureau, _submitted.Id, _submitted.Version - 1, offPanel));
        Assert.Throws<PreconditionRequiredException>(() => _services.Reviews.Assign(Bureau, _submitted.Id, IfMatch.Absent, offPanel));
        Assert.Throws<StepOutOfOrderException>(() => _services.Reviews.Assign(Bureau, _submitted.Id, _submitted.Version, offPanel));
        Assert.Throws<ForbiddenException>(() => _services.Reviews.Assign(Actors.UnitNamed("第九中学"), _submitted.Id, IfMatch.Absent, offPanel));
        Assert.Throws<NotFoundException>(() => _services.Reviews.Assign(Actors.BureauOf("health"), _submitted.Id, IfMatch.Absent, offPanel));
        Assert.Equal(audited, Audit().Count);

        _services.Reviews.FormPanel(Bureau, "education-2015", IfMatch.Absent, new PanelRequest([_first.AccountId]));
        var invalid = Assert.Throws<InputValidationException>(() => _services.Reviews.Assign(Bureau, _submitted.Id, _submitted.Version, offPanel));
        Assert.Contains("reviewerIds[0]", invalid.Errors.Keys);
        Assert.Equal(_submitted.Version, _services.Nominations.Get(Bureau, _submitted.Id).Version);
    }

    [Fact]
    public void Reviews_and_conflict_declarations_are_in_their_nominations_trail()
    {
        AssignBoth();
        CloseNominations();
        _services.Reviews.DeclareConflict(_first, _submitted.Id, new ConflictDeclaration("本人亲属"));
        _services.Reviews.Submit(_second, _submitted.Id, IfMatch.Absent, Admit());

        Assert.Equal(NominationStatus.PanelPassed, _services.Nominations.Get(Bureau, _submitted.Id).Status);
        var trail = Audit().Where(a => a.EntityId == _submitted.Id || a.RootId == _submitted.Id).ToList();
        Assert.Equal(
            ["nomination.created", "nomination.submitted", "nomination.reviewers-assigned", "review.conflict-declared", "nomination.panel-result", "review.submitted", "nomination.panel-result"],
            trail.Select(a => a.Action));
        Assert.All(trail.Where(a => a.EntityType == "review"), a => Assert.Equal(("nomination", _submitted.Id), (a.RootType, a.RootId)));
        Assert.Equal([Review.IdOf(_submitted.Id, _first.AccountId), Review.IdOf(_submitted.Id, _second.AccountId)],
            trail.Where(a => a.EntityType == "review").Select(a => a.EntityId));
    }

    [Fact]
    public void Revising_a_review_needs_its_etag_and_moves_its_version()
    {
        AssignBoth();
        CloseNominations();
        var review = _services.Reviews.Submit(_first, _submitted.Id, IfMatch.Absent, Admit());
        Assert.Throws<PreconditionRequiredException>(() => _services.Reviews.Submit(_first, _submitted.Id, IfMatch.Absent, Admit()));
        Assert.Throws<PreconditionFailedException>(() => _services.Reviews.Submit(_first, _submitted.Id, review.Version + 1, Admit()));
        var revised = _services.Reviews.Submit(_first, _submitted.Id, review.Version, Admit() with { Score = 90 });
        Assert.Equal((review.Version + 1, 90), (revised.Version, revised.Score));
        Assert.Equal("review.revised", Audit().Last(a => a.EntityType == "review").Action);
    }

    [Fact]
    public void A_read_only_cycle_takes_no_panel_change_unassignment_review_nor_conflict()
    {
        var assigned = AssignBoth();
        CloseNominations();
        _services.Get<CycleAvailability>().DomainRetired("education");

        var panel = _services.Reviews.GetPanel(Bureau, "education-2015")!;
        Assert.Throws<StepOutOfOrderException>(() => _services.Reviews.FormPanel(Bureau, "education-2015", panel.Version, new PanelRequest([_first.AccountId, _second.AccountId])));
        Assert.Throws<StepOutOfOrderException>(() => _services.Reviews.Unassign(Bureau, _submitted.Id, _first.AccountId, assigned.Version));
        var refused = Assert.Throws<StepOutOfOrderException>(() => _services.Reviews.Submit(_first, _submitted.Id, IfMatch.Absent, Admit()));
        Assert.Contains("read-only", refused.Message, StringComparison.Ordinal);
        Assert.Throws<StepOutOfOrderException>(() => _services.Reviews.DeclareConflict(_second, _submitted.Id, new ConflictDeclaration("本人亲属")));
    }

    [Fact]
    public void A_withdrawn_nomination_takes_no_conflict_declaration_and_keeps_its_status()
    {
        var assigned = AssignBoth();
        _services.Nominations.Withdraw(Actors.UnitNamed("第九中学"), assigned.Id, assigned.Version);
        var audited = Audit().Count;

        var refused = Assert.Throws<StepOutOfOrderException>(() => _services.Reviews.DeclareConflict(_first, assigned.Id, new ConflictDeclaration("本人亲属")));
        Assert.Contains("withdrawn", refused.Message, StringComparison.Ordinal);
        Assert.Equal(NominationStatus.Withdrawn, _services.Nominations.Get(Bureau, assigned.Id).Status);
        Assert.Equal(audited, Audit().Count);
    }

    public void Dispose() => _services.Dispose();
}
