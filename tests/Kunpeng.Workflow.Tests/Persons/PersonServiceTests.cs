using Kunpeng.Host.Problems;
using Kunpeng.Host.Workflow.Documents;
using Kunpeng.Host.Workflow.Nominations;
using Kunpeng.Host.Workflow.Persons;
using Kunpeng.Workflow.Tests.Infrastructure;
using Kunpeng.Host.Workflow.Grants;
using Kunpeng.Registry;
using Xunit;

namespace Kunpeng.Workflow.Tests.Persons;

/// <summary>The talent database without HTTP.</summary>
public sealed class PersonServiceTests : IDisposable
{
    private readonly WorkflowServices _services = new(screener: FakeScreenings.Returning(() => "eligible"));

    [Fact]
    public void A_resident_id_is_validated_and_unique()
    {
        var id = ResidentIds.Next(new DateOnly(1982, 8, 8), male: false);
        var person = _services.Persons.Create(Actors.TalentOffice, new NewPerson(id.ToLowerInvariant(), "冯", "区医院"));
        Assert.Equal(("female", new DateOnly(1982, 8, 8)), (person.Gender, DateOnly.FromDateTime(person.BirthDate)));
        var duplicate = Assert.Throws<ConflictException>(() => _services.Persons.Create(Actors.UnitNamed("区医院"), new NewPerson(id, "冯二", "区医院")));
        Assert.Equal(person.Id, duplicate.Extensions["existingPersonId"]);
        var badCheck = id[..17] + (id[17] == '0' ? '1' : '0');
        var invalid = Assert.Throws<InputValidationException>(() => _services.Persons.Create(Actors.TalentOffice, new NewPerson(badCheck, "陈", "区医院")));
        Assert.Contains("check character", invalid.Errors["residentId"][0], StringComparison.Ordinal);
        Assert.Equal("120222********" + id[^4..], ResidentIdMask.Mask(id));
    }

    [Fact]
    public void History_spans_cycles_and_domains_with_tier_changes_and_grants_written_by_the_grants_area()
    {
        _services.Cycles.OpenYear(Actors.TalentOffice, 2015);
        _services.Cycles.OpenYear(Actors.TalentOffice, 2016);
        var person = _services.Persons.Create(Actors.TalentOffice, new NewPerson(ResidentIds.Next(new DateOnly(1975, 5, 5)), "褚", "区医院"));
        var first = _services.Nominations.Create(Actors.TalentOffice, new NewNomination("health-2015", person.Id, "backbone"));
        var second = _services.Nominations.Create(Actors.TalentOffice, new NewNomination("health-2016", person.Id, "top"));
        var other = _services.Nominations.Create(Actors.TalentOffice, new NewNomination("education-2016", person.Id, "top"));
        // Selections as determinations leave them, and a grant as the grants area (workflow-b) writes it.
        _services.Get<IRegistry>().Write(tx =>
        {
            var nominations = tx.Records(Nomination.Set);
            foreach (var id in new[] { first.Id, second.Id })
            {
                var n = nominations.Find(id)!;
                n.Status = NominationStatus.Selected;
                nominations.Update(n);
            }

            tx.Records(GrantRecord.Set).Insert(new GrantRecord
            {
                Id = "grant-1", CycleId = "health-2015", DomainId = "health", Year = 2015, PersonId = person.Id, Tier = "backbone",
                Amount = 5000m, Status = GrantStatus.Paid,
            });
            return true;
        });

        var history = _services.Persons.History(Actors.TalentOffice, person.Id);
        Assert.Equal(
            ["2015 health nominated", "2015 health selected", "2015 health granted", "2016 education nominated", "2016 health nominated", "2016 health tier-changed", "2016 health selected"],
            history.Entries.Select(e => $"{e.Year} {e.DomainId} {e.Event}"));
        Assert.Equal(5000m, history.Entries.Single(e => e.Event == "granted").Amount);

        var healthOnly = _services.Persons.History(Actors.BureauOf("health"), person.Id);
        Assert.DoesNotContain(healthOnly.Entries, e => e.DomainId == "education");
        Assert.Equal(other.Id, _services.Persons.History(Actors.BureauOf("education"), person.Id).Entries.Single().NominationId);
    }

    [Fact]
    public void Stored_files_no_nomination_references_are_removed_at_start()
    {
        var storage = _services.Get<IRegistry>().Files;
        storage.Save(DocumentStore.Prefix + "gone/abc", "orphan.pdf", new MemoryStream("%PDF-orphan"u8.ToArray()));
        Assert.Equal(1, _services.Documents.RemoveOrphans());
        Assert.Null(storage.Find(DocumentStore.Prefix + "gone/abc"));
    }

    public void Dispose() => _services.Dispose();
}
