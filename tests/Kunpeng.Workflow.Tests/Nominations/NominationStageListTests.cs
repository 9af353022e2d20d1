using Kunpeng.Host.Workflow;
using Kunpeng.Host.Api;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Nominations;
using Kunpeng.Host.Workflow.Persons;
using Kunpeng.Workflow.Tests.Infrastructure;
using Kunpeng.Registry;
using Kunpeng.Registry.LiteDb;
using LiteDB;
using Xunit;

namespace Kunpeng.Workflow.Tests.Nominations;

/// <summary>
/// Status and verdict filters go through the one stage index (cycle | status | verdict): every
/// combination still finds exactly the right nominations, within the caller's scope, by an index seek.
/// </summary>
public sealed class NominationStageListTests : IDisposable
{
    private static readonly Paging Page = new(1, 50);
    private string _verdict = "eligible";
    private readonly WorkflowServices _services;
    private readonly Dictionary<string, string> _ids = [];

    public NominationStageListTests()
    {
        _services = new WorkflowServices(screener: FakeScreenings.Returning(() => _verdict));
        _services.Cycles.OpenYear(Actors.TalentOffice, 2015);
        _services.Cycles.OpenYear(Actors.TalentOffice, 2016);
        Nominate("draft", "education-2015");
        Nominate("eligible", "education-2015", submitWith: "eligible");
        Nominate("ineligible", "education-2015", submitWith: "ineligible");
        var withdrawn = Nominate("withdrawn", "education-2015", submitWith: "eligible");
        _services.Nominations.Withdraw(Unit, withdrawn.Id, withdrawn.Version);
        Nominate("next-year", "education-2016", submitWith: "pending-review");
        var health = Actors.BureauOf("health");
        var person = _services.Persons.Create(health, new NewPerson(ResidentIds.Next(new DateOnly(1970, 2, 2)), "卫", "区人民医院"));
        _ids["health-draft"] = _services.Nominations.Create(health, new NewNomination("health-2015", person.Id, "top")).Id;
    }

    private static Actor Unit => Actors.UnitNamed("第七中学");

    private Nomination Nominate(string name, string cycleId, string? submitWith = null)
    {
        var person = _services.Persons.Create(Unit, new NewPerson(ResidentIds.Next(new DateOnly(1975, 5, 5)), name, "第七中学"));
        var nomination = _services.Nominations.Create(Unit, new NewNomination(cycleId, person.Id, "top"));
        if (submitWith is not null)
        {
            _verdict = submitWith;
            nomination = _services.Nominations.Submit(Unit, nomination.Id, nomination.Version);
        }

        _ids[name] = nomination.Id;
        return nomination;
    }

    private string[] Listed(Actor actor, NominationFilter filter)
    {
        var rows = _services.Nominations.ListSummaries(actor, filter, Page);
        var documents = _services.Nominations.List(actor, filter, Page);
        Assert.Equal(rows.Items.Select(r => r.Id).Order(), documents.Items.Select(n => n.Id).Order());
        Assert.Equal(rows.Items.Count, rows.Total);
        return rows.Items.Select(r => _ids.Single(kv => kv.Value == r.Id).Key).Order().ToArray();
    }

    [Fact]
    public void A_status_alone_finds_that_status_in_every_cycle_whatever_the_verdict()
    {
        var office = Actors.TalentOffice;
        Assert.Equal(["eligible", "ineligible", "next-year"], Listed(office, new NominationFilter(Status: NominationStatus.Submitted)));
        Assert.Equal(["draft", "health-draft"], Listed(office, new NominationFilter(Status: NominationStatus.Draft)));
        Assert.Equal(["withdrawn"], Listed(office, new NominationFilter(Status: NominationStatus.Withdrawn)));
        Assert.Empty(Listed(office, new NominationFilter(Status: NominationStatus.Selected)));
    }

    [Fact]
    public void A_verdict_alone_or_with_a_cycle_or_a_status_narrows_as_asked()
    {
        var office = Actors.TalentOffice;
        Assert.Equal(["eligible", "withdrawn"], Listed(office, new NominationFilter(Verdict: "eligible")));
        Assert.Equal(["next-year"], Listed(office, new NominationFilter(Verdict: "pending-review")));
        Assert.Equal(["eligible"], Listed(office, new NominationFilter(Verdict: "eligible", Status: NominationStatus.Submitted)));
        Assert.Equal(["ineligible"], Listed(office, new NominationFilter(CycleId: "education-2015", Status: NominationStatus.Submitted, Verdict: "ineligible")));
        Assert.Equal(["eligible", "ineligible"], Listed(office, new NominationFilter(CycleId: "education-2015", Status: NominationStatus.Submitted)));
        Assert.Empty(Listed(office, new NominationFilter(Verdict: "no-such-verdict")));
    }

    [Fact]
    public void Without_a_cycle_the_stage_keys_stay_inside_the_callers_domain()
    {
        Assert.Equal(["health-draft"], Listed(Actors.BureauOf("health"), new NominationFilter(Status: NominationStatus.Draft)));
        Assert.Equal(["draft"], Listed(Actors.BureauOf("education"), new NominationFilter(Status: NominationStatus.Draft)));
        Assert.Equal(["draft"], Listed(Actors.TalentOffice, new NominationFilter(DomainId: "education", Status: NominationStatus.Draft)));
        // A cycle of another domain than the one asked for finds nothing rather than the other domain's list.
        Assert.Empty(Listed(Actors.TalentOffice, new NominationFilter(DomainId: "education", CycleId: "health-2015", Status: NominationStatus.Draft)));
        Assert.Empty(Listed(Actors.BureauOf("education"), new NominationFilter(CycleId: "health-2015", Status: NominationStatus.Draft)));
        Assert.Empty(Listed(Actors.UnitNamed("第八中学"), new NominationFilter(Status: NominationStatus.Submitted)));
        Assert.Equal(["eligible", "ineligible", "next-year"], Listed(Unit, new NominationFilter(Status: NominationStatus.Submitted)));
    }

    [Theory]
    [InlineData(KunpengRoles.TalentOffice, "education-2015", "Submitted", null)]
    [InlineData(KunpengRoles.TalentOffice, null, "Submitted", null)]
    [InlineData(KunpengRoles.TalentOffice, null, null, "eligible")]
    [InlineData(KunpengRoles.TalentOffice, "education-2015", "Submitted", "eligible")]
    [InlineData(KunpengRoles.BureauOfficer, null, "Draft", null)]
    [InlineData(KunpengRoles.BureauOfficer, "education-2016", "Submitted", null)]
    public void Status_and_verdict_filters_are_seeks_on_the_stage_index(string role, string? cycleId, string? status, string? verdict)
    {
        var actor = role == KunpengRoles.BureauOfficer ? Actors.BureauOf("education") : Actors.TalentOffice;
        var filter = new NominationFilter(CycleId: cycleId, Status: status is null ? null : Enum.Parse<NominationStatus>(status), Verdict: verdict);
        var index = _services.Get<LiteDbRegistry>().Plan(Nomination.Set, _services.Nominations.Conditions(actor, filter))["index"];
        Assert.Equal(NominationStageKey.IndexName, index["name"].AsString);
        Assert.StartsWith("INDEX SEEK", index["mode"].AsString);
    }

    [Fact]
    public void A_registry_from_before_the_stage_key_loses_the_indexes_it_replaces_and_keeps_its_lists()
    {
        var path = _services.DatabasePath;
        var database = _services.Registry.Database;
        var nominations = database.GetCollection(Nomination.Set.Name);
        nominations.DropIndex(NominationStageKey.IndexName);
        nominations.EnsureIndex("Status", "$.Status");
        nominations.EnsureIndex("LatestVerdict", "$.LatestVerdict");
        nominations.EnsureIndex("CycleStatus", "$.CycleId + '|' + $.Status");
        // As that registry stored them: the stage key was an index expression, not a field; and no migration had run.
        nominations.EnsureIndex(NominationStageKey.IndexName, "$.CycleId + '|' + $.Status + '|' + COALESCE($.LatestVerdict, '')");
        foreach (var stored in nominations.FindAll().ToList())
        {
            stored.Remove(NominationStageKey.Field);
            nominations.Update(stored);
        }

        database.GetCollection(SchemaState.Set.Name).DeleteAll();
        _services.Close();

        using var reopened = new WorkflowServices(path);
        var indexes = reopened.Registry.Database.GetCollection("$indexes").Find(Query.EQ("collection", Nomination.Set.Name))
            .Select(i => i["name"].AsString).ToList();
        Assert.Contains(NominationStageKey.IndexName, indexes);
        Assert.DoesNotContain("Status", indexes);
        Assert.DoesNotContain("LatestVerdict", indexes);
        Assert.DoesNotContain("CycleStatus", indexes);
        Assert.Equal(3, reopened.Nominations.List(Actors.TalentOffice, new NominationFilter(Status: NominationStatus.Submitted), Page).Total);
        Assert.Equal(["eligible"], reopened.Nominations.ListSummaries(Actors.TalentOffice,
            new NominationFilter(CycleId: "education-2015", Status: NominationStatus.Submitted, Verdict: "eligible"), Page).Items.Select(r => r.PersonName));
    }

    public void Dispose() => _services.Dispose();
}
