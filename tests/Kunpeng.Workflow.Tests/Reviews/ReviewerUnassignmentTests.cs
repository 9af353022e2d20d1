using Kunpeng.Host.Workflow;
using Kunpeng.Host.Workflow.Audit;
using Kunpeng.Registry.LiteDb;
using Kunpeng.Host.Problems;
using Kunpeng.Host.Registry;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Nominations;
using Kunpeng.Host.Workflow.Reviews;
using Kunpeng.Workflow.Tests.Infrastructure;
using Xunit;
using Kunpeng.Host.Workflow.Writing;

namespace Kunpeng.Workflow.Tests.Reviews;

/// <summary>Taking a reviewer off a nomination, without HTTP: only before they have reviewed, and the panel result follows.</summary>
public sealed class ReviewerUnassignmentTests : IDisposable
{
    private static readonly Actor Bureau = Actors.BureauOf("education");
    private readonly WorkflowServices _services;
    private readonly Actor _first;
    private readonly Actor _second;
    private readonly Nomination _assigned;

    public ReviewerUnassignmentTests()
    {
        _services = new WorkflowServices(screener: FakeScreenings.Returning(() => "pending-review", ("top.expertise", "qualitative", "awaits-panel")));
        _services.Cycles.OpenYear(Actors.TalentOffice, 2015);
        _first = _services.Reviewer("expert-one");
        _second = _services.Reviewer("expert-two");
        _services.Reviews.FormPanel(Bureau, "education-2015", IfMatch.Absent, new PanelRequest([_first.AccountId, _second.AccountId]));
        var submitted = _services.SubmittedNomination("周", new DateOnly(1972, 3, 3));
        _assigned = _services.Reviews.Assign(Bureau, submitted.Id, submitted.Version, new AssignmentRequest([_first.AccountId, _second.AccountId]));
        var cycle = _services.Cycles.Get(Actors.TalentOffice, "education-2015");
        _services.Cycles.CloseNominations(Bureau, cycle.Id, cycle.Version);
    }

    private void Review(Actor reviewer) =>
        _services.Reviews.Submit(reviewer, _assigned.Id, IfMatch.Absent, new ReviewRequest(
            [new JudgmentInput("top.expertise", true, null)], true, null, 80, Recommendations.Admit, null, null));

    private List<AuditEntry> Audit() => _services.Registry.Database.GetCollection<AuditEntry>(AuditEntry.Set.Name).FindAll().ToList();

    [Fact]
    public void A_reviewer_taken_off_before_reviewing_no_longer_counts_nor_sees_the_nomination()
    {
        var unassigned = _services.Reviews.Unassign(Bureau, _assigned.Id, _first.AccountId, _assigned.Version);
        Assert.Equal([_second.AccountId], unassigned.ReviewerIds);
        Assert.Equal((NominationStatus.UnderReview, 1), (unassigned.Status, unassigned.Panel!.Reviewers));
        var entry = Audit().Last();
        Assert.Equal(("nomination.reviewer-removed", Bureau.AccountId, _assigned.Id), (entry.Action, entry.ActorId, entry.EntityId));
        Assert.Contains(_first.AccountId, entry.Before, StringComparison.Ordinal);

        Assert.Throws<NotFoundException>(() => _services.Nominations.Get(_first, _assigned.Id));
        Review(_second);
        Assert.Equal(NominationStatus.PanelPassed, _services.Nominations.Get(Bureau, _assigned.Id).Status);
    }

    [Fact]
    public void A_submitted_review_keeps_its_reviewer_and_the_refusal_writes_nothing()
    {
        Review(_first);
        var current = _services.Nominations.Get(Bureau, _assigned.Id);
        var audited = Audit().Count;
        var refused = Assert.Throws<StepOutOfOrderException>(() => _services.Reviews.Unassign(Bureau, _assigned.Id, _first.AccountId, current.Version));
        Assert.Contains("submitted a review", refused.Message, StringComparison.Ordinal);
        Assert.Equal(audited, Audit().Count);
        var stored = _services.Nominations.Get(Bureau, _assigned.Id);
        Assert.Equal((current.Version, 2), (stored.Version, stored.ReviewerIds.Count));
    }

    [Fact]
    public void With_no_reviewer_left_the_nomination_is_submitted_again_and_can_be_reassigned()
    {
        var one = _services.Reviews.Unassign(Bureau, _assigned.Id, _first.AccountId, _assigned.Version);
        var none = _services.Reviews.Unassign(Bureau, _assigned.Id, _second.AccountId, one.Version);
        Assert.Equal((NominationStatus.Submitted, null, 0), (none.Status, none.Panel, none.ReviewerIds.Count));
        var again = _services.Reviews.Assign(Bureau, _assigned.Id, none.Version, new AssignmentRequest([_second.AccountId]));
        Assert.Equal((NominationStatus.UnderReview, 1), (again.Status, again.Panel!.Reviewers));
    }

    [Fact]
    public void Unknown_assignments_stale_versions_and_other_bureaus_are_refused()
    {
        Assert.Throws<NotFoundException>(() => _services.Reviews.Unassign(Bureau, _assigned.Id, "nobody", _assigned.Version));
        Assert.Throws<PreconditionFailedException>(() => _services.Reviews.Unassign(Bureau, _assigned.Id, _first.AccountId, _assigned.Version - 1));
        Assert.Throws<NotFoundException>(() => _services.Reviews.Unassign(Actors.BureauOf("health"), _assigned.Id, _first.AccountId, _assigned.Version));
        Assert.Throws<ForbiddenException>(() => _services.Reviews.Unassign(Actors.UnitNamed("第九中学"), _assigned.Id, _first.AccountId, _assigned.Version));
        Assert.Equal(2, _services.Nominations.Get(Bureau, _assigned.Id).ReviewerIds.Count);
    }

    public void Dispose() => _services.Dispose();
}
