using Kunpeng.Host.Workflow.Audit;
using Kunpeng.Host.Problems;
using Kunpeng.Host.Registry;
using Kunpeng.Host.Workflow;
using Kunpeng.Host.Workflow.Cycles;
using Kunpeng.Host.Workflow.Nominations;
using Kunpeng.Host.Workflow.Persons;
using Kunpeng.Workflow.Tests.Infrastructure;
using Kunpeng.Registry;
using NSubstitute;
using Xunit;

namespace Kunpeng.Workflow.Tests.Nominations;

/// <summary>The nomination service without HTTP: a real registry file, the real plugins, a screener double.</summary>
public sealed class NominationServiceTests : IDisposable
{
    private string _verdict = "pending-review";
    private readonly INominationScreener _screener;
    private readonly WorkflowServices _services;
    private readonly Nomination _draft;

    public NominationServiceTests()
    {
        _screener = FakeScreenings.Returning(() => _verdict, ("top.expertise", "qualitative", "awaits-panel"));
        _services = new WorkflowServices(screener: _screener);
        _services.Cycles.OpenYear(Actors.TalentOffice, 2015);
        var unit = Actors.UnitNamed("第七中学");
        var person = _services.Persons.Create(unit, new NewPerson(ResidentIds.Next(new DateOnly(1974, 4, 4)), "吴", "第七中学"));
        _draft = _services.Nominations.Create(unit, new NewNomination("education-2015", person.Id, "top"));
    }

    private int AuditCount => _services.Registry.Database.GetCollection<AuditEntry>(AuditEntry.Set.Name).Count();

    [Fact]
    public void Submit_stores_the_verdict_with_the_plugin_that_produced_it_and_rescreening_keeps_the_earlier_ones()
    {
        var unit = Actors.UnitNamed("第七中学");
        var submitted = _services.Nominations.Submit(unit, _draft.Id, _draft.Version);
        var first = Assert.Single(submitted.Screenings);
        Assert.Equal(("fake", "9.9.9", "pending-review", 1), (first.PluginId, first.PluginVersion, first.Verdict, first.Number));
        Assert.Equal(new DateOnly(2015, 9, 30), ProgrammeCalendar.FromStored(first.ReferenceDate));

        _verdict = "ineligible";
        var rescreened = _services.Nominations.Rescreen(Actors.BureauOf("education"), _draft.Id, submitted.Version);
        Assert.Equal(["pending-review", "ineligible"], rescreened.Screenings.Select(s => s.Verdict));
        Assert.Equal("ineligible", rescreened.LatestVerdict);
        Assert.Equal("ineligible", _services.Get<IRegistry>().Read(Nomination.Set).Find(_draft.Id)!.LatestVerdict);
    }

    [Fact]
    public void A_refused_submission_writes_nothing()
    {
        _screener.Screen(default!, default!, default!, default!, default)
            .ReturnsForAnyArgs(_ => throw new InputValidationException("profile.teachingYears", "Must be a number."));
        var before = AuditCount;
        var problem = Assert.Throws<InputValidationException>(() => _services.Nominations.Submit(Actors.UnitNamed("第七中学"), _draft.Id, _draft.Version));
        Assert.Contains("profile.teachingYears", problem.Errors.Keys);
        Assert.Equal(before, AuditCount);
        var stored = _services.Get<IRegistry>().Read(Nomination.Set).Find(_draft.Id)!;
        Assert.Equal((NominationStatus.Draft, _draft.Version), (stored.Status, stored.Version));
    }

    [Fact]
    public void After_the_deadline_the_criteria_are_not_even_run()
    {
        var unit = Actors.UnitNamed("第七中学");
        var onTheDay = _services.Nominations.Create(unit, new NewNomination(
            "education-2015", _services.Persons.Create(unit, new NewPerson(ResidentIds.Next(new DateOnly(1975, 5, 5)), "郑", "第七中学")).Id, "top"));
        // The deadline is inclusive: 30 September itself still counts (in the district's time). The fake clock only moves forward.
        _services.Clock.SetUtcNow(new DateTimeOffset(2015, 9, 30, 23, 30, 0, TimeSpan.FromHours(8)));
        Assert.Equal(NominationStatus.Submitted, _services.Nominations.Submit(unit, onTheDay.Id, onTheDay.Version).Status);
        _screener.ClearReceivedCalls();
        _services.Clock.SetUtcNow(DistrictTime.Noon(2015, 10, 1));
        Assert.Throws<StepOutOfOrderException>(() => _services.Nominations.Submit(unit, _draft.Id, _draft.Version));
        _screener.DidNotReceiveWithAnyArgs().Screen(default!, default!, default!, default!, default);
    }

    [Fact]
    public void A_stale_version_is_412_and_another_unit_does_not_see_it()
    {
        Assert.Throws<PreconditionFailedException>(() => _services.Nominations.Submit(Actors.UnitNamed("第七中学"), _draft.Id, _draft.Version + 1));
        Assert.Throws<NotFoundException>(() => _services.Nominations.Get(Actors.UnitNamed("第八中学"), _draft.Id));
        Assert.Throws<NotFoundException>(() => _services.Nominations.Get(Actors.BureauOf("health"), _draft.Id));
        Assert.Equal(_draft.Id, _services.Nominations.Get(Actors.BureauOf("education"), _draft.Id).Id);
    }

    [Fact]
    public void A_person_is_nominated_once_per_cycle()
    {
        var unit = Actors.UnitNamed("第七中学");
        Assert.Throws<ConflictException>(() => _services.Nominations.Create(unit, new NewNomination("education-2015", _draft.PersonId, "backbone")));
        _services.Nominations.Withdraw(unit, _draft.Id, _draft.Version);
        Assert.Equal("backbone", _services.Nominations.Create(unit, new NewNomination("education-2015", _draft.PersonId, "backbone")).Tier);
    }

    [Fact]
    public void Lists_filter_by_cycle_and_status_within_the_callers_scope()
    {
        var filter = new NominationFilter(CycleId: "education-2015", Status: NominationStatus.Draft);
        var paging = new Host.Workflow.Paging(1, 50);
        Assert.Equal(1, _services.Nominations.List(Actors.TalentOffice, filter, paging).Total);
        Assert.Equal(1, _services.Nominations.List(Actors.UnitNamed("第七中学"), filter, paging).Total);
        Assert.Equal(0, _services.Nominations.List(Actors.UnitNamed("第八中学"), filter, paging).Total);
        Assert.Equal(0, _services.Nominations.List(Actors.TalentOffice, filter with { Status = NominationStatus.Submitted }, paging).Total);
        Assert.Throws<ForbiddenException>(() => _services.Nominations.List(Actors.BureauOf("health"), new NominationFilter(DomainId: "education"), paging));

        // Totals are remembered per filter until the next nomination write, never past it.
        _services.Nominations.Submit(Actors.UnitNamed("第七中学"), _draft.Id, _draft.Version);
        Assert.Equal(0, _services.Nominations.List(Actors.TalentOffice, filter, paging).Total);
        Assert.Equal(1, _services.Nominations.List(Actors.TalentOffice, filter with { Status = NominationStatus.Submitted }, paging).Total);
        Assert.Equal(1, _services.Nominations.List(Actors.TalentOffice, new NominationFilter(), paging).Total);
    }

    public void Dispose() => _services.Dispose();
}
