using Kunpeng.Host.Workflow.Audit;
using Kunpeng.Host.Problems;
using Kunpeng.Host.Registry;
using Kunpeng.Host.Workflow;
using Kunpeng.Host.Workflow.Cycles;
using Kunpeng.Workflow.Tests.Infrastructure;
using Xunit;

namespace Kunpeng.Workflow.Tests.Cycles;

/// <summary>Programme and cycles without HTTP.</summary>
public sealed class CycleServiceTests : IDisposable
{
    private readonly WorkflowServices _services = new();

    [Fact]
    public void The_programme_is_seeded_once_however_often_the_host_starts()
    {
        _services.Cycles.SeedProgramme();
        _services.Close();
        using var reopened = new WorkflowServices(_services.DatabasePath);
        var programme = Assert.Single(reopened.Cycles.ListProgrammes());
        Assert.Equal((2015, 2017), (programme.StartYear, programme.EndYear));
        Assert.Equal(1, reopened.Registry.Database.GetCollection<AuditEntry>(AuditEntry.Set.Name).Count(a => a.Action == "programme.seeded"));
    }

    [Fact]
    public void Opening_a_year_creates_each_domains_cycle_with_its_deadline_once()
    {
        var created = _services.Cycles.OpenYear(Actors.TalentOffice, 2016);
        Assert.Equal(10, created.Count);
        Assert.Equal(new DateOnly(2016, 10, 31), created.Single(c => c.DomainId == "culture").NominationDeadline);
        Assert.All(created.Where(c => c.DomainId != "culture"), c => Assert.Equal(new DateOnly(2016, 9, 30), c.NominationDeadline));
        Assert.All(created, c => Assert.Equal(c.NominationDeadline, c.ReferenceDate));
        Assert.Empty(_services.Cycles.OpenYear(Actors.TalentOffice, 2016));
        Assert.Throws<ConflictException>(() => _services.Cycles.CreateCycle(Actors.TalentOffice, new NewCycle("health", 2016)));
        Assert.Throws<InputValidationException>(() => _services.Cycles.OpenYear(Actors.TalentOffice, 2018));
        Assert.Throws<ForbiddenException>(() => _services.Cycles.OpenYear(Actors.BureauOf("health"), 2017));
    }

    [Fact]
    public void A_later_period_is_added_as_data_and_periods_do_not_overlap()
    {
        var later = _services.Cycles.AddProgramme(Actors.TalentOffice, new NewProgramme("鲲鹏工程（2018—2020年）", 2018, 2020));
        Assert.Equal("kunpeng-2018", later.Id);
        Assert.Equal("kunpeng-2018", _services.Cycles.CreateCycle(Actors.TalentOffice, new NewCycle("education", 2019)).ProgrammeId);
        Assert.Throws<ConflictException>(() => _services.Cycles.AddProgramme(Actors.TalentOffice, new NewProgramme("重叠", 2017, 2019)));
        var invalid = Assert.Throws<InputValidationException>(() => _services.Cycles.AddProgramme(Actors.TalentOffice, new NewProgramme("", 2021, 2020)));
        Assert.Contains("nameZh", invalid.Errors.Keys);
        Assert.Contains("endYear", invalid.Errors.Keys);
    }

    [Fact]
    public void Closing_nominations_is_the_bureaus_once_with_the_current_version()
    {
        var cycle = _services.Cycles.CreateCycle(Actors.TalentOffice, new NewCycle("health", 2015));
        Assert.Throws<ForbiddenException>(() => _services.Cycles.CloseNominations(Actors.BureauOf("education"), cycle.Id, cycle.Version));
        Assert.Throws<PreconditionFailedException>(() => _services.Cycles.CloseNominations(Actors.BureauOf("health"), cycle.Id, cycle.Version + 1));
        var closed = _services.Cycles.CloseNominations(Actors.BureauOf("health"), cycle.Id, cycle.Version);
        Assert.Equal(CycleStage.Reviewing, closed.Stage);
        Assert.Throws<StepOutOfOrderException>(() => _services.Cycles.CloseNominations(Actors.BureauOf("health"), cycle.Id, closed.Version));
    }

    public void Dispose() => _services.Dispose();
}
