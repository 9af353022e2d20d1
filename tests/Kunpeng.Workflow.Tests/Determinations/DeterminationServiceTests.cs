using Kunpeng.Host.Problems;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow;
using Kunpeng.Host.Workflow.Cycles;
using Kunpeng.Host.Workflow.Determinations;
using Kunpeng.Host.Workflow.Nominations;
using Kunpeng.Host.Workflow.Reviews;
using Kunpeng.Workflow.Tests.Infrastructure;
using Kunpeng.Host.Workflow.Audit;
using Kunpeng.Host.Workflow.Writing;
using Kunpeng.Registry;
using Xunit;

namespace Kunpeng.Workflow.Tests.Determinations;

/// <summary>The proposed list against the quota and the Talent Office's tolerance, without HTTP.</summary>
public sealed class DeterminationServiceTests : IDisposable
{
    private static readonly Actor Bureau = Actors.BureauOf("education");
    private readonly Dictionary<string, string> _verdicts = [];
    private readonly WorkflowServices _services;
    private readonly Actor _reviewer;

    public DeterminationServiceTests()
    {
        _services = new WorkflowServices(screener: FakeScreenings.Returning(() => "pending-review", ("top.expertise", "qualitative", "awaits-panel")));
        _services.Cycles.OpenYear(Actors.TalentOffice, 2015);
        _reviewer = _services.Reviewer("expert-one");
        _services.Reviews.FormPanel(Bureau, "education-2015", IfMatch.Absent, new PanelRequest([_reviewer.AccountId]));
    }

    /// <summary>Nominates and submits <paramref name="count"/> top-tier nominees.</summary>
    private List<string> Submitted(int count)
    {
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var submitted = _services.SubmittedNomination($"候选{i}", new DateOnly(1970 + i, 3, 3));
            _services.Reviews.Assign(Bureau, submitted.Id, submitted.Version, new AssignmentRequest([_reviewer.AccountId]));
            ids.Add(submitted.Id);
        }

        return ids;
    }

    private void Review(string id, string recommendation) =>
        _services.Reviews.Submit(_reviewer, id, IfMatch.Absent, new ReviewRequest(
            [new JudgmentInput("top.expertise", recommendation == Recommendations.Admit, null)], true, null, 75, recommendation, null, null));

    private Cycle CloseNominations()
    {
        var cycle = _services.Cycles.Get(Actors.TalentOffice, "education-2015");
        return _services.Cycles.CloseNominations(Bureau, cycle.Id, cycle.Version);
    }

    [Fact]
    public void Beyond_tolerance_a_bureaus_list_waits_for_the_talent_office_then_fixing_determines_the_cycle()
    {
        var ids = Submitted(7);
        CloseNominations();
        foreach (var id in ids.Take(6))
        {
            Review(id, Recommendations.Admit);
        }

        Review(ids[6], Recommendations.Reject);
        // Quota "about 5", tolerance 0%: six selected is beyond.
        var tolerance = _services.Tolerance.Get();
        _services.Tolerance.Set(Actors.TalentOffice, tolerance.Version, new QuotaToleranceRequest(0));
        Assert.Throws<ForbiddenException>(() => _services.Tolerance.Set(Bureau, tolerance.Version + 1, new QuotaToleranceRequest(50)));

        var proposed = _services.Determinations.Propose(Bureau, "education-2015", IfMatch.Absent, new DeterminationRequest([new TierSelection("top", ids.Take(6).ToList())]));
        var top = proposed.Tiers.Single(t => t.Tier == "top");
        Assert.Equal((6, 5, 5, 120.0, true), (top.Selected, top.Quota, top.Limit, top.FillPercent, top.BeyondTolerance));

        var requested = _services.Determinations.Fix(Bureau, "education-2015", proposed.Version);
        Assert.Equal(DeterminationStatus.AwaitingApproval, requested.Status);
        Assert.Equal(CycleStage.Reviewing, _services.Cycles.Get(Actors.TalentOffice, "education-2015").Stage);
        Assert.Throws<ForbiddenException>(() => _services.Determinations.Approve(Bureau, "education-2015", requested.Version));

        var returned = _services.Determinations.Return(Actors.TalentOffice, "education-2015", requested.Version, new ReturnRequest("超出名额，请说明"));
        Assert.Equal(DeterminationStatus.Proposed, returned.Status);
        var again = _services.Determinations.Fix(Bureau, "education-2015", returned.Version);
        var approved = _services.Determinations.Approve(Actors.TalentOffice, "education-2015", again.Version);
        Assert.Equal((DeterminationStatus.Fixed, Actors.TalentOffice.AccountId), (approved.Status, approved.ApprovedBy));
        Assert.Equal(CycleStage.Determined, _services.Cycles.Get(Actors.TalentOffice, "education-2015").Stage);
        var statuses = ids.Select(id => _services.Nominations.Get(Actors.TalentOffice, id).Status).ToList();
        Assert.Equal(6, statuses.Count(s => s == NominationStatus.Selected));
        Assert.Equal(NominationStatus.PanelRejected, statuses[6]);
    }

    [Fact]
    public void Within_tolerance_the_bureau_fixes_the_list_itself()
    {
        var ids = Submitted(2);
        CloseNominations();
        Review(ids[0], Recommendations.Admit);
        Review(ids[1], Recommendations.Admit);
        var proposed = _services.Determinations.Propose(Bureau, "education-2015", IfMatch.Absent, new DeterminationRequest([new TierSelection("top", [ids[0]])]));
        var fixedList = _services.Determinations.Fix(Bureau, "education-2015", proposed.Version);
        Assert.Equal(DeterminationStatus.Fixed, fixedList.Status);
        Assert.Null(fixedList.ApprovedBy);
        Assert.Equal(NominationStatus.Selected, _services.Nominations.Get(Bureau, ids[0]).Status);
        Assert.Equal(NominationStatus.NotSelected, _services.Nominations.Get(Bureau, ids[1]).Status);
    }

    [Fact]
    public void Selection_is_refused_for_a_nominee_the_panel_rejected_or_in_another_tier_naming_them()
    {
        var ids = Submitted(2);
        CloseNominations();
        Review(ids[0], Recommendations.Reject);
        Review(ids[1], Recommendations.Admit);
        var conflict = Assert.Throws<ConflictException>(() =>
            _services.Determinations.Propose(Bureau, "education-2015", IfMatch.Absent, new DeterminationRequest([new TierSelection("top", [ids[0]])])));
        Assert.Contains(ids[0], conflict.Message, StringComparison.Ordinal);
        var invalid = Assert.Throws<InputValidationException>(() =>
            _services.Determinations.Propose(Bureau, "education-2015", IfMatch.Absent, new DeterminationRequest([new TierSelection("backbone", [ids[1]]), new TierSelection("middle", [])])));
        Assert.Contains("tiers[0].nominationIds[0]", invalid.Errors.Keys);
        Assert.Contains("tiers[1].tier", invalid.Errors.Keys);
    }

    [Fact]
    public void Fixing_changes_the_list_its_nominations_and_the_cycle_in_one_audited_transaction()
    {
        var ids = Submitted(3);
        CloseNominations();
        Review(ids[0], Recommendations.Admit);
        Review(ids[1], Recommendations.Admit);
        Review(ids[2], Recommendations.Reject);
        var proposed = _services.Determinations.Propose(Bureau, "education-2015", IfMatch.Absent, new DeterminationRequest([new TierSelection("top", [ids[1]])]));
        var registry = _services.Get<IRegistry>();
        Assert.Null(FixedList.Find(registry.Read(Determination.Set), "education-2015"));
        var cycle = _services.Cycles.Get(Bureau, "education-2015");
        Assert.Throws<StepOutOfOrderException>(() => FixedList.Require(registry.Read(Determination.Set), cycle, "draft an annual plan"));

        var audited = registry.Read(AuditEntry.Set).Count();
        Assert.Throws<PreconditionRequiredException>(() => _services.Determinations.Fix(Bureau, "education-2015", IfMatch.Absent));
        Assert.Throws<PreconditionFailedException>(() => _services.Determinations.Fix(Bureau, "education-2015", proposed.Version + 1));
        Assert.Throws<ForbiddenException>(() => _services.Determinations.Fix(Actors.BureauOf("health"), "education-2015", proposed.Version));
        Assert.Throws<NotFoundException>(() => _services.Determinations.Fix(Bureau, "education-2099", proposed.Version));
        Assert.Equal(audited, registry.Read(AuditEntry.Set).Count());

        _services.Determinations.Fix(Bureau, "education-2015", proposed.Version);
        var written = registry.Read(AuditEntry.Set).List(RecordQuery.All).Skip(audited).ToList();
        Assert.Equal(4, written.Count);
        Assert.Equal(("determination.fixed", "education-2015"), (written[0].Action, written[0].EntityId));
        Assert.Equal([("nomination.not-selected", ids[0]), ("nomination.selected", ids[1])],
            written[1..3].Select(a => (a.Action, a.EntityId)).OrderBy(a => a.EntityId == ids[1]));
        Assert.Equal(("cycle.determined", "education-2015"), (written[3].Action, written[3].EntityId));
        Assert.Equal(NominationStatus.PanelRejected, _services.Nominations.Get(Bureau, ids[2]).Status);

        var fixedList = FixedList.Require(registry.Read(Determination.Set), cycle, "draft an annual plan");
        var person = Assert.Single(FixedList.Selected(registry.Read(Nomination.Set), fixedList));
        Assert.Equal((ids[1], "top", "候选1"), (person.NominationId, person.Tier, person.PersonName));
    }

    public void Dispose() => _services.Dispose();
}
