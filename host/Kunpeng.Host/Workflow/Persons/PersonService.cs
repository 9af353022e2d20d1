using System.Text.Json;
using Kunpeng.Host.Eligibility;
using Kunpeng.Host.Problems;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Grants;
using Kunpeng.Host.Workflow.Nominations;
using Kunpeng.Host.Workflow.Writing;
using Kunpeng.Registry;

namespace Kunpeng.Host.Workflow.Persons;

/// <summary>
/// The talent database (本土人才信息库): one person per validated resident ID, their facts, and
/// their history across cycles and domains. Persons carry personal data: outside the caller's scope
/// a person does not exist for them (404).
/// </summary>
public sealed class PersonService(IRegistry registry, RecordWrites writes, RecordReads reads, ProgrammeClock clock)
{
    /// <summary>The indexes of the person lists, the scope lookups and the one-person-per-resident-ID rule.</summary>
    public static IEnumerable<IndexDefinition> Indexes =>
    [
        IndexDefinition.On(Person.Set, p => p.ResidentId, unique: true),
        IndexDefinition.On(Person.Set, p => p.Unit),
        IndexDefinition.On(Person.Set, p => p.Name),
        IndexDefinition.On(Person.Set, p => p.CreatedBy),
        IndexDefinition.OnEach(Person.Set, p => p.NominatedIn),
        IndexDefinition.OnEach(Person.Set, p => p.Scopes),
    ];

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
            BirthDate = id.BirthDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            Gender = WireNames.Of(id.Gender),
            ProfileJson = profile ?? "{}",
            CreatedBy = actor.AccountId,
            CreatedByUnit = actor.Role == KunpengRoles.NominatingUnit ? actor.Unit : null,
            CreatedUtc = clock.UtcNow,
        };
        if (person.CreatedByUnit is not null)
        {
            person.Scopes.Add(PersonScope.Unit(person.CreatedByUnit));
        }

        return writes.Write(actor, changes =>
        {
            var existing = changes.Records(Person.Set).List(new RecordQuery(Filter.Eq<Person>(p => p.ResidentId, person.ResidentId), Take: 1));
            if (existing.Count > 0)
            {
                var conflict = new ConflictException("Duplicate resident ID",
                    $"The resident ID {ResidentIdMask.Mask(person.ResidentId)} is already in the talent database as person '{existing[0].Id}'; nominate that person instead.");
                conflict.Extensions["existingPersonId"] = existing[0].Id;
                throw conflict;
            }

            return changes.Insert(Person.Kind, person, "person.created");
        });
    }

    /// <summary>A person the caller may see (404 otherwise).</summary>
    public Person Get(Actor actor, string id) => reads.Get(actor, Person.Kind, id);

    /// <summary>The person as the caller may see them (the resident ID whole or masked).</summary>
    public static PersonView View(Actor actor, Person p)
    {
        var whole = PersonScope.SeesResidentId(actor, p);
        return new PersonView(p.Id, whole ? p.ResidentId : ResidentIdMask.Mask(p.ResidentId), !whole, p.Name, p.Unit,
            DateOnly.FromDateTime(p.BirthDate), p.Gender, JsonDocument.Parse(p.ProfileJson).RootElement.Clone(), p.NominatedIn, p.CreatedUtc, p.Version);
    }

    public static PersonSummary Summary(Person p) =>
        new(p.Id, ResidentIdMask.Mask(p.ResidentId), p.Name, p.Unit, p.Gender, p.NominatedIn, p.Version);

    /// <summary>Changes a person's name, unit or facts.</summary>
    public Person Update(Actor actor, string id, IfMatch ifMatch, PersonUpdate update)
    {
        string? profile = null;
        return writes.Change(actor, Person.Kind, id, ifMatch, new RecordStep<Person>
        {
            Action = "person.updated",
            Authorize = RequireEditor,
            Validate = (_, _, errors) =>
            {
                if (update.Name is not null)
                {
                    CheckName(update.Name, errors);
                }

                if (update.Unit is not null)
                {
                    CheckUnit(update.Unit, errors);
                }

                profile = ProfileOf(update.Profile, errors);
            },
            Apply = (_, p) =>
            {
                p.Name = update.Name?.Trim() ?? p.Name;
                p.Unit = update.Unit?.Trim() ?? p.Unit;
                p.ProfileJson = profile ?? p.ProfileJson;
            },
        });
    }

    /// <summary>A page of the persons the caller may see, resident IDs masked.</summary>
    public PagedList<Person> List(Actor actor, string? unit, string? domainId, string? name, Paging paging)
    {
        var scope = actor.Role switch
        {
            KunpengRoles.TalentOffice => null,
            // The persons nominated in its domain (one it entered but has not nominated yet it reads by id).
            KunpengRoles.BureauOfficer => domainId is not null && domainId != actor.DomainId
                ? throw new ForbiddenException($"A {actor.DomainId} bureau officer lists the persons nominated in {actor.DomainId}.")
                : Filter.Has(nameof(Person.Scopes), PersonScope.Domain(actor.DomainId ?? "")),
            KunpengRoles.NominatingUnit => Filter.Has(nameof(Person.Scopes), PersonScope.Unit(actor.Unit ?? "")),
            KunpengRoles.Applicant => Filter.Eq<Person>(p => p.CreatedBy, actor.AccountId),
            _ => throw new ForbiddenException("Expert reviewers see persons only through the nominations assigned to them."),
        };
        var filter = Filter.All(
            scope,
            domainId is not null && actor.Role != KunpengRoles.BureauOfficer ? Filter.Has(nameof(Person.NominatedIn), domainId) : null,
            unit is null ? null : Filter.Eq<Person>(p => p.Unit, unit),
            name is null ? null : Filter.Eq<Person>(p => p.Name, name));
        return registry.Read(Person.Set).Page(filter, null, paging);
    }

    /// <summary>
    /// A person's history across cycles and domains, derived from nominations (nominated, selected or
    /// not, tier changes between selections in a domain) and grants; limited to what the caller's role
    /// covers (a bureau: its domain; a unit: its own nominations).
    /// </summary>
    public PersonHistory History(Actor actor, string id)
    {
        var person = Get(actor, id);
        var nominations = registry.Read(Nomination.Set).List(new RecordQuery(Filter.Eq<Nomination>(n => n.PersonId, id)))
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

        if (actor.Role is KunpengRoles.TalentOffice or KunpengRoles.BureauOfficer)
        {
            foreach (var g in registry.Read(GrantRecord.Set).List(new RecordQuery(Filter.Eq<GrantRecord>(g => g.PersonId, id))))
            {
                if (!actor.CanManageDomain(g.DomainId))
                {
                    continue;
                }

                entries.Add(new HistoryEntry(g.Year, g.CycleId, g.DomainId, "granted", g.Tier, WireNames.Of(g.Status), null, g.Amount, null));
            }
        }

        return new PersonHistory(person.Id, person.Name, entries.OrderBy(e => e.Year).ThenBy(e => e.DomainId, StringComparer.Ordinal).ToList());
    }

    /// <summary>The Talent Office, a bureau, whoever entered the person, or the unit that did.</summary>
    private static void RequireEditor(Actor actor, Person p)
    {
        if (!actor.IsTalentOffice && actor.Role != KunpengRoles.BureauOfficer && p.CreatedBy != actor.AccountId
            && !(actor.Role == KunpengRoles.NominatingUnit && p.CreatedByUnit == actor.Unit))
        {
            throw new ForbiddenException("Only the Talent Office, a bureau that nominated the person, or whoever entered them changes a person.");
        }
    }

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
