using Kunpeng.Host.Workflow.Audit;
using System.Text.Json;
using Kunpeng.Host.Api;
using Kunpeng.Host.Api.Models;
using Kunpeng.Host.Eligibility;
using Kunpeng.Host.Problems;
using Kunpeng.Host.Registry;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Cycles;
using Kunpeng.Host.Workflow.Nominations;
using LiteDB;

namespace Kunpeng.Host.Workflow.Persons;

/// <summary>
/// The talent database (本土人才信息库): one person per validated resident ID, their facts, and
/// their history across cycles and domains. Persons carry personal data: outside the caller's scope
/// a person does not exist for them (404).
/// </summary>
public sealed class PersonService(RegistryDatabase registry, AuditTrail audit, ProgrammeClock clock)
{
    public const string Collection = "persons";
    /// <summary>Written by the grants area (workflow-b): CycleId, DomainId, Year, PersonId, Tier, Amount, Status.</summary>
    public const string Grants = "grants";

    public static void EnsureIndexes(LiteDatabase db)
    {
        var persons = db.GetCollection<Person>(Collection);
        persons.EnsureIndex(p => p.ResidentId, unique: true);
        persons.EnsureIndex(p => p.Unit);
        persons.EnsureIndex(p => p.Name);
        persons.EnsureIndex(p => p.CreatedBy);
        persons.EnsureIndex("NominatedIn", "$.NominatedIn[*]");
        persons.EnsureIndex("Scopes", "$.Scopes[*]");
    }

    public static ILiteCollection<Person> Persons(LiteDatabase db) => db.GetCollection<Person>(Collection);

    /// <summary>Enters a person; a resident ID already in the database is a 409 naming the person who has it.</summary>
    public Person Create(Actor actor, NewPerson request)
    {
        if (actor.Role == KunpengRoles.ExpertReviewer)
        {
            throw new ForbiddenException("Expert reviewers do not enter persons.");
        }

        var errors = new FieldErrors();
        ResidentIdentityNumber? id = null;
        if (!ResidentIdentityNumber.TryParse(request.ResidentId?.Trim(), clock.Today, out id, out var error))
        {
            errors.Add("residentId", $"Not a valid resident ID: it {ResidentIdentityNumber.Describe(error)}.");
        }

        CheckName(request.Name, errors);
        CheckUnit(request.Unit, errors);
        var profile = ProfileOf(request.Profile, errors);
        errors.ThrowIfAny();

        var person = new Person
        {
            Id = Guid.NewGuid().ToString("N"),
            ResidentId = id!.Value,
            Name = request.Name!.Trim(),
            Unit = request.Unit!.Trim(),
            BirthDate = ProgrammeCalendar.ToStored(id.BirthDate),
            Gender = WireNames.Of(id.Gender),
            ProfileJson = profile ?? "{}",
            CreatedBy = actor.AccountId,
            CreatedByUnit = actor.Role == KunpengRoles.NominatingUnit ? actor.Unit : null,
            CreatedUtc = clock.UtcNow,
        };
        if (person.CreatedByUnit is not null)
        {
            person.Scopes.Add(UnitScope(person.CreatedByUnit));
        }
        return registry.Write(db =>
        {
            var persons = Persons(db);
            var existing = persons.FindOne(p => p.ResidentId == person.ResidentId);
            if (existing is not null)
            {
                var conflict = new ConflictException("Duplicate resident ID",
                    $"The resident ID {ResidentIdMask.Mask(person.ResidentId)} is already in the talent database as person '{existing.Id}'; nominate that person instead.");
                conflict.Extensions["existingPersonId"] = existing.Id;
                throw conflict;
            }

            persons.Insert(person);
            audit.Record(db, actor, "person.created", "person", person.Id, null, null, Audited(person));
            return person;
        });
    }

    /// <summary>A person the caller may see (404 otherwise).</summary>
    public Person Get(Actor actor, string id) =>
        Persons(registry.Database).FindById(id) is { } p && CanSee(actor, p) ? p : throw new NotFoundException("Person", id);

    /// <summary>The person as the caller may see them (the resident ID whole or masked).</summary>
    public static PersonView View(Actor actor, Person p)
    {
        var whole = actor.IsTalentOffice || (actor.Role == KunpengRoles.BureauOfficer && actor.DomainId is { } d && p.NominatedIn.Contains(d));
        return new PersonView(p.Id, whole ? p.ResidentId : ResidentIdMask.Mask(p.ResidentId), !whole, p.Name, p.Unit,
            ProgrammeCalendar.FromStored(p.BirthDate), p.Gender, JsonDocument.Parse(p.ProfileJson).RootElement.Clone(), p.NominatedIn, p.CreatedUtc, p.Version);
    }

    public static PersonSummary Summary(Person p) =>
        new(p.Id, ResidentIdMask.Mask(p.ResidentId), p.Name, p.Unit, p.Gender, p.NominatedIn, p.Version);

    /// <summary>Changes a person's name, unit or facts.</summary>
    public Person Update(Actor actor, string id, int expectedVersion, PersonUpdate update)
    {
        var current = Get(actor, id);
        if (!actor.IsTalentOffice && actor.Role != KunpengRoles.BureauOfficer && current.CreatedBy != actor.AccountId
            && !(actor.Role == KunpengRoles.NominatingUnit && current.CreatedByUnit == actor.Unit))
        {
            throw new ForbiddenException("Only the Talent Office, a bureau that nominated the person, or whoever entered them changes a person.");
        }

        var errors = new FieldErrors();
        if (update.Name is not null)
        {
            CheckName(update.Name, errors);
        }

        if (update.Unit is not null)
        {
            CheckUnit(update.Unit, errors);
        }

        var profile = ProfileOf(update.Profile, errors);
        errors.ThrowIfAny();
        return registry.Write(db =>
        {
            var persons = Persons(db);
            var p = persons.FindById(id)!;
            WorkflowGuards.RequireVersion("Person", id, p.Version, expectedVersion);
            var before = Audited(p);
            p.Name = update.Name?.Trim() ?? p.Name;
            p.Unit = update.Unit?.Trim() ?? p.Unit;
            p.ProfileJson = profile ?? p.ProfileJson;
            p.Version++;
            persons.Update(p);
            audit.Record(db, actor, "person.updated", "person", p.Id, null, before, Audited(p));
            return p;
        });
    }

    /// <summary>A page of the persons the caller may see, resident IDs masked.</summary>
    public PagedList<Person> List(Actor actor, string? unit, string? domainId, string? name, Paging paging)
    {
        var query = Persons(registry.Database).Query();
        switch (actor.Role)
        {
            case KunpengRoles.TalentOffice:
                break;
            case KunpengRoles.BureauOfficer:
                if (domainId is not null && domainId != actor.DomainId)
                {
                    throw new ForbiddenException($"A {actor.DomainId} bureau officer lists the persons nominated in {actor.DomainId}.");
                }

                // The persons nominated in its domain (one it entered but has not nominated yet it reads by id).
                query = query.Where("$.Scopes[*] ANY = @0", DomainScope(actor.DomainId ?? ""));
                break;
            case KunpengRoles.NominatingUnit:
                query = query.Where("$.Scopes[*] ANY = @0", UnitScope(actor.Unit ?? ""));
                break;
            case KunpengRoles.Applicant:
                query = query.Where("$.CreatedBy = @0", actor.AccountId);
                break;
            default:
                throw new ForbiddenException("Expert reviewers see persons only through the nominations assigned to them.");
        }

        if (domainId is not null && actor.Role != KunpengRoles.BureauOfficer)
        {
            query = query.Where("$.NominatedIn[*] ANY = @0", domainId);
        }

        if (unit is not null)
        {
            query = query.Where("$.Unit = @0", unit);
        }

        if (name is not null)
        {
            query = query.Where("$.Name = @0", name);
        }

        return query.Page(paging, q => q);
    }

    /// <summary>
    /// A person's history across cycles and domains, derived from nominations (nominated, selected or
    /// not, tier changes between selections in a domain) and grants; limited to what the caller's role
    /// covers (a bureau: its domain; a unit: its own nominations).
    /// </summary>
    public PersonHistory History(Actor actor, string id)
    {
        var person = Get(actor, id);
        var db = registry.Database;
        var nominations = NominationService.Nominations(db).Find(n => n.PersonId == id)
            .Where(n => NominationScope.CanSee(actor, n) && n.Status != NominationStatus.Withdrawn)
            .OrderBy(n => n.Year).ThenBy(n => n.DomainId, StringComparer.Ordinal).ToList();
        var entries = new List<HistoryEntry>();
        var lastSelectedTier = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var n in nominations)
        {
            entries.Add(new HistoryEntry(n.Year, n.CycleId, n.DomainId, "nominated", n.Tier,
                $"{WireNames.Of(n.Status)}{(n.LatestVerdict is null ? "" : $"; verdict {n.LatestVerdict}")}", n.Id, null, n.SubmittedUtc ?? n.CreatedUtc));
            if (n.Status == NominationStatus.Selected)
            {
                if (lastSelectedTier.TryGetValue(n.DomainId, out var previous) && previous != n.Tier)
                {
                    entries.Add(new HistoryEntry(n.Year, n.CycleId, n.DomainId, "tier-changed", n.Tier, $"from {previous}", n.Id, null, null));
                }

                lastSelectedTier[n.DomainId] = n.Tier;
                entries.Add(new HistoryEntry(n.Year, n.CycleId, n.DomainId, "selected", n.Tier, null, n.Id, null, null));
            }
            else if (n.Status == NominationStatus.NotSelected)
            {
                entries.Add(new HistoryEntry(n.Year, n.CycleId, n.DomainId, "not-selected", n.Tier, null, n.Id, null, null));
            }
        }

        if (db.CollectionExists(Grants) && actor.Role is KunpengRoles.TalentOffice or KunpengRoles.BureauOfficer)
        {
            foreach (var g in db.GetCollection(Grants).Find(BsonExpression.Create("$.PersonId = @0", id)))
            {
                var domain = g["DomainId"].AsString ?? "";
                if (!actor.CanManageDomain(domain))
                {
                    continue;
                }

                entries.Add(new HistoryEntry(
                    g["Year"].IsNumber ? g["Year"].AsInt32 : 0, g["CycleId"].AsString ?? "", domain, "granted", g["Tier"].AsString ?? "",
                    g["Status"].IsNull ? null : g["Status"].RawValue?.ToString(), null,
                    g["Amount"].IsNumber ? g["Amount"].AsDecimal : null, null));
            }
        }

        return new PersonHistory(person.Id, person.Name, entries.OrderBy(e => e.Year).ThenBy(e => e.DomainId, StringComparer.Ordinal).ToList());
    }

    public static string DomainScope(string domainId) => "domain:" + domainId;

    public static string UnitScope(string unit) => "unit:" + unit;

    /// <summary>Talent Office: all; bureau: nominated in its domain or entered by the officer; unit: entered or nominated by it; applicant: entered by them.</summary>
    public static bool CanSee(Actor actor, Person p) => actor.Role switch
    {
        KunpengRoles.TalentOffice => true,
        KunpengRoles.BureauOfficer => (actor.DomainId is { } d && p.NominatedIn.Contains(d)) || p.CreatedBy == actor.AccountId,
        KunpengRoles.NominatingUnit => actor.Unit is { } u && (p.CreatedByUnit == u || p.NominatedByUnits.Contains(u)),
        KunpengRoles.Applicant => p.CreatedBy == actor.AccountId,
        _ => false,
    };

    /// <summary>The person as the audit trail keeps them: the resident ID masked (the trail is read more widely than the database).</summary>
    private static object Audited(Person p) => new
    {
        p.Id, ResidentId = ResidentIdMask.Mask(p.ResidentId), p.Name, p.Unit, p.Gender, p.ProfileJson, p.CreatedBy, p.Version,
    };

    private static void CheckName(string? name, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 50)
        {
            errors.Add("name", "Required, at most 50 characters.");
        }
    }

    private static void CheckUnit(string? unit, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(unit) || unit.Trim().Length > 100)
        {
            errors.Add("unit", "Required, at most 100 characters.");
        }
    }

    private static string? ProfileOf(JsonElement? profile, FieldErrors errors)
    {
        if (profile is not { } p || p.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return null;
        }

        if (p.ValueKind != JsonValueKind.Object)
        {
            errors.Add("profile", "A JSON object of facts (docs/profile-facts.md).");
            return null;
        }

        return p.GetRawText();
    }
}
