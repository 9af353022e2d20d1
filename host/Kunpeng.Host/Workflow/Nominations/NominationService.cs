using Kunpeng.Host.Workflow;
using Kunpeng.Host.Workflow.Audit;
using System.Text.Json;
using Kunpeng.Abstractions;
using Kunpeng.Host.Api;
using Kunpeng.Host.Api.Models;
using Kunpeng.Host.Plugins;
using Kunpeng.Host.Problems;
using Kunpeng.Host.Registry;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Cycles;
using Kunpeng.Host.Workflow.Documents;
using Kunpeng.Host.Workflow.Persons;
using LiteDB;

namespace Kunpeng.Host.Workflow.Nominations;

/// <summary>
/// Nominations from draft to submitted: who may nominate through which channel, the deadline,
/// required documents, and screening on submit (kept, never overwritten, with the plugin version).
/// </summary>
public sealed class NominationService(
    RegistryDatabase registry, AuditTrail audit, DomainPluginCatalog catalog, ProgrammeClock clock, INominationScreener screener, NominationListTotals totals)
{
    public const string Collection = "nominations";

    /// <summary>Indexes for every list filter (on <paramref name="collection"/>: the benchmark builds a same-shaped one).</summary>
    public static void EnsureIndexes(LiteDatabase db, string collection = Collection)
    {
        var nominations = db.GetCollection<Nomination>(collection);
        nominations.EnsureIndex(n => n.CycleId);
        nominations.EnsureIndex(n => n.DomainId);
        nominations.EnsureIndex(n => n.Tier);
        nominations.EnsureIndex(n => n.Unit);
        nominations.EnsureIndex(n => n.PersonId);
        nominations.EnsureIndex(n => n.NominatedBy);
        nominations.EnsureIndex("ReviewerIds", "$.ReviewerIds[*]");
        nominations.EnsureIndex(NominationStageKey.IndexName, NominationStageKey.Expression);
        foreach (var replaced in NominationStageKey.ReplacedIndexes)
        {
            nominations.DropIndex(replaced);
        }
    }

    public static ILiteCollection<Nomination> Nominations(LiteDatabase db) => db.GetCollection<Nomination>(Collection);

    /// <summary>A nomination the caller may see (404 otherwise).</summary>
    public Nomination Get(Actor actor, string id) => NominationScope.Visible(actor, Nominations(registry.Database).FindById(id), id);

    /// <summary>Nominates a person: a draft, to be completed with documents and submitted before the deadline.</summary>
    public Nomination Create(Actor actor, NewNomination request)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(request.CycleId))
        {
            errors.Add("cycleId", "Required.");
        }

        if (string.IsNullOrWhiteSpace(request.PersonId))
        {
            errors.Add("personId", "Required.");
        }

        if (string.IsNullOrWhiteSpace(request.Tier))
        {
            errors.Add("tier", "Required.");
        }

        errors.ThrowIfAny();
        var db = registry.Database;
        var cycle = db.GetCollection<Cycle>(Cycle.Set.Name).FindById(request.CycleId)
            ?? throw new InputValidationException("cycleId", $"No cycle has the id '{request.CycleId}'.");
        var person = db.GetCollection<Person>(PersonService.Collection).FindById(request.PersonId)
            ?? throw new InputValidationException("personId", $"No person has the id '{request.PersonId}'.");
        var (channel, unit) = ChannelFor(actor, cycle, person, request);
        RequireTier(cycle.DomainId, request.Tier!);
        var profile = Given(request.Profile) is { } p ? ProfileText(p, "profile") : person.ProfileJson;
        RequireAccepting(cycle, "nominate");

        var nomination = new Nomination
        {
            Id = Guid.NewGuid().ToString("N"),
            CycleId = cycle.Id,
            DomainId = cycle.DomainId,
            Year = cycle.Year,
            Tier = request.Tier!.Trim(),
            PersonId = person.Id,
            PersonName = person.Name,
            NominatedBy = actor.AccountId,
            Unit = unit,
            Channel = channel,
            ProfileJson = profile,
            CreatedUtc = clock.UtcNow,
        };
        var created = registry.Write(w =>
        {
            var nominations = Nominations(w);
            if (nominations.Exists(BsonExpression.Create("$.PersonId = @0 AND $.CycleId = @1 AND $.Status != @2", person.Id, cycle.Id, nameof(NominationStatus.Withdrawn))))
            {
                throw new ConflictException("Already nominated", $"{person.Name} already has a nomination in the cycle '{cycle.Id}' (withdraw it first to nominate again).");
            }

            nominations.Insert(nomination);
            audit.Record(w, actor, "nomination.created", "nomination", nomination.Id, nomination.DomainId, null, nomination);

            // Derived scope data on the person (who may see them), kept in the same transaction.
            var persons = PersonService.Persons(w);
            var stored = persons.FindById(person.Id)!;
            var changed = false;
            if (!stored.NominatedIn.Contains(nomination.DomainId))
            {
                stored.NominatedIn.Add(nomination.DomainId);
                stored.Scopes.Add(PersonService.DomainScope(nomination.DomainId));
                changed = true;
            }

            if (nomination.Channel != NominationChannels.SelfApplication && !stored.NominatedByUnits.Contains(nomination.Unit))
            {
                stored.NominatedByUnits.Add(nomination.Unit);
                stored.Scopes.Add(PersonService.UnitScope(nomination.Unit));
                changed = true;
            }

            if (changed)
            {
                persons.Update(stored);
            }

            return nomination;
        });
        totals.Invalidate();
        return created;
    }

    /// <summary>Changes a draft's tier or facts.</summary>
    public Nomination Update(Actor actor, string id, int expectedVersion, NominationUpdate update)
    {
        var current = Get(actor, id);
        NominationScope.RequireEditor(actor, current);
        if (update.Tier is not null)
        {
            RequireTier(current.DomainId, update.Tier);
        }

        var profile = Given(update.Profile) is { } p ? ProfileText(p, "profile") : null;
        return Change(actor, id, expectedVersion, "nomination.updated", n =>
        {
            RequireStatus(n, NominationStatus.Draft, "edit it");
            RequireAccepting(CycleOf(n), "edit a nomination");
            n.Tier = update.Tier?.Trim() ?? n.Tier;
            n.ProfileJson = profile ?? n.ProfileJson;
        });
    }

    /// <summary>Submits a draft: checks the deadline and the required documents, screens it, and stores the verdict.</summary>
    public Nomination Submit(Actor actor, string id, int expectedVersion)
    {
        var n = Get(actor, id);
        NominationScope.RequireEditor(actor, n);
        WorkflowGuards.RequireVersion("Nomination", id, n.Version, expectedVersion);
        RequireStatus(n, NominationStatus.Draft, "submit it");
        var cycle = CycleOf(n);
        RequireAccepting(cycle, "submit a nomination");
        RequireDocuments(n);
        var screening = Screen(actor, n, cycle);
        return Change(actor, id, expectedVersion, "nomination.submitted", stored =>
        {
            RequireStatus(stored, NominationStatus.Draft, "submit it");
            RequireAccepting(CycleOf(stored), "submit a nomination");
            stored.Status = NominationStatus.Submitted;
            stored.SubmittedUtc = clock.UtcNow;
            Append(stored, screening);
        });
    }

    /// <summary>Runs the criteria again (e.g. after the plugin was updated) and appends the result; earlier screenings stay.</summary>
    public Nomination Rescreen(Actor actor, string id, int expectedVersion)
    {
        var n = Get(actor, id);
        NominationScope.RequireManager(actor, n);
        WorkflowGuards.RequireVersion("Nomination", id, n.Version, expectedVersion);
        RequireScreenable(n);
        var cycle = CycleOf(n);
        var screening = Screen(actor, n, cycle);
        return Change(actor, id, expectedVersion, "nomination.rescreened", stored =>
        {
            RequireScreenable(stored);
            Append(stored, screening);
        });
    }

    /// <summary>Withdraws a nomination before the panel has decided on it.</summary>
    public Nomination Withdraw(Actor actor, string id, int expectedVersion)
    {
        var current = Get(actor, id);
        NominationScope.RequireEditor(actor, current);
        return Change(actor, id, expectedVersion, "nomination.withdrawn", n =>
        {
            if (n.Status is not (NominationStatus.Draft or NominationStatus.Submitted or NominationStatus.UnderReview))
            {
                throw new StepOutOfOrderException($"Nomination '{n.Id}' is {WireNames.Of(n.Status)}: only a draft, submitted or under-review nomination can be withdrawn.");
            }

            n.Status = NominationStatus.Withdrawn;
        });
    }

    /// <summary>A page of the nominations the caller may see, filtered.</summary>
    public PagedList<Nomination> List(Actor actor, NominationFilter filter, Paging paging)
    {
        var (query, total) = Filtered(actor, filter);
        var items = total <= paging.Skip ? [] : query.Skip(paging.Skip).Limit(paging.PageSize).ToList();
        return new PagedList<Nomination>(items, paging.Page, paging.PageSize, total);
    }

    /// <summary>
    /// A page of list rows: the same filter as <see cref="List"/>, but only the fields a list shows are
    /// projected out of each document (a nomination carries its facts and every screening; lists need none of them).
    /// </summary>
    public PagedList<NominationSummary> ListSummaries(Actor actor, NominationFilter filter, Paging paging)
    {
        var (query, total) = Filtered(actor, filter);
        var rows = total <= paging.Skip ? [] : query.Select(SummaryProjection).Skip(paging.Skip).Limit(paging.PageSize).ToList();
        return new PagedList<NominationSummary>(rows.Select(SummaryOf).ToList(), paging.Page, paging.PageSize, total);
    }

    /// <summary>The caller's filtered query and its total, remembered per filter until the next nomination write.</summary>
    private (ILiteQueryable<Nomination> Query, int Total) Filtered(Actor actor, NominationFilter filter)
    {
        var query = Nominations(registry.Database).Query();
        var conditions = Conditions(actor, filter);
        foreach (var (expression, value) in conditions)
        {
            query = query.Where(expression, value);
        }

        var total = totals.GetOrCount(string.Join('\u001f', conditions.Select(c => $"{c.Expression}\u001e{c.Value}")), () => query.Count());
        return (query, total);
    }

    private static readonly BsonExpression SummaryProjection = BsonExpression.Create(
        "{ _id: $._id, CycleId: $.CycleId, DomainId: $.DomainId, Year: $.Year, Tier: $.Tier, PersonId: $.PersonId, PersonName: $.PersonName, " +
        "Unit: $.Unit, Channel: $.Channel, Status: $.Status, LatestVerdict: $.LatestVerdict, PanelResult: $.Panel.Result, " +
        "SubmittedUtc: $.SubmittedUtc, Version: $.Version }");

    private static NominationSummary SummaryOf(BsonDocument d) => new(
        d["_id"].AsString, d["CycleId"].AsString, d["DomainId"].AsString, d["Year"].AsInt32, d["Tier"].AsString, d["PersonId"].AsString,
        d["PersonName"].AsString, d["Unit"].AsString, d["Channel"].AsString, Enum.Parse<NominationStatus>(d["Status"].AsString),
        d["LatestVerdict"].IsNull ? null : d["LatestVerdict"].AsString, d["PanelResult"].IsNull ? null : d["PanelResult"].AsString,
        d["SubmittedUtc"].IsNull ? null : d["SubmittedUtc"].AsDateTime, d["Version"].AsInt32);

    /// <summary>
    /// The where-terms of a list: the caller's scope, then the filters. LiteDB walks one index, the
    /// cheapest term's (the first on a tie), and filters the rest; a status or verdict filter is a seek
    /// on the stage key and goes first, so the commonest list (one cycle's nominations in one status)
    /// reads only its own index entries.
    /// </summary>
    internal List<(string Expression, BsonValue Value)> Conditions(Actor actor, NominationFilter filter)
    {
        var terms = new List<(string Expression, BsonValue Value)>();
        string? domain = null;
        switch (actor.Role)
        {
            case KunpengRoles.TalentOffice:
                domain = filter.DomainId;
                break;
            case KunpengRoles.BureauOfficer:
                if (filter.DomainId is not null && filter.DomainId != actor.DomainId)
                {
                    throw new ForbiddenException($"A {actor.DomainId} bureau officer lists only {actor.DomainId} nominations.");
                }

                domain = actor.DomainId ?? "";
                break;
            case KunpengRoles.ExpertReviewer:
                terms.Add(("$.ReviewerIds[*] ANY = @0", actor.AccountId));
                domain = filter.DomainId;
                break;
            case KunpengRoles.NominatingUnit:
                if (filter.Unit is not null && filter.Unit != actor.Unit)
                {
                    throw new ForbiddenException("A nominating unit lists only its own nominations.");
                }

                terms.Add(("$.Unit = @0", actor.Unit ?? ""));
                terms.Add(("$.Channel != @0", NominationChannels.SelfApplication));
                domain = filter.DomainId;
                break;
            case KunpengRoles.Applicant:
                terms.Add(("$.NominatedBy = @0", actor.AccountId));
                domain = filter.DomainId;
                break;
            default:
                throw new ForbiddenException("This role lists no nominations.");
        }

        if (filter.Status is not null || filter.Verdict is not null)
        {
            // Without a cycle, the stage keys span the cycles of the domain in view; those keys already
            // confine the list to that domain, and a separate domain term would be the cheaper index
            // in LiteDB's eyes and scan the whole domain.
            var cycleIds = filter.CycleId is not null ? [filter.CycleId] : CycleIdsOf(domain);
            terms.Insert(0, NominationStageKey.Term(cycleIds, filter.Status, filter.Verdict));
            if (filter.CycleId is not null && domain is not null)
            {
                terms.Add(("$.DomainId = @0", domain));
            }
        }
        else
        {
            if (filter.CycleId is not null)
            {
                terms.Add(("$.CycleId = @0", filter.CycleId));
            }

            if (domain is not null)
            {
                terms.Add(("$.DomainId = @0", domain));
            }
        }

        if (filter.Tier is not null)
        {
            terms.Add(("$.Tier = @0", filter.Tier));
        }

        if (filter.Unit is not null && actor.Role != KunpengRoles.NominatingUnit)
        {
            terms.Add(("$.Unit = @0", filter.Unit));
        }

        if (filter.PersonId is not null)
        {
            terms.Add(("$.PersonId = @0", filter.PersonId));
        }

        return terms;
    }

    private List<string> CycleIdsOf(string? domainId)
    {
        var cycles = registry.Database.GetCollection<Cycle>(Cycle.Set.Name).Query();
        if (domainId is not null)
        {
            cycles = cycles.Where(c => c.DomainId == domainId);
        }

        return cycles.Select(c => c.Id).ToList();
    }

    /// <summary>
    /// Loads the nomination inside a write, checks scope and version, applies <paramref name="change"/>,
    /// bumps the version and records the change; all or nothing.
    /// </summary>
    public Nomination Change(Actor actor, string id, int expectedVersion, string action, Action<Nomination> change)
    {
        var changed = registry.Write(db =>
        {
            var nominations = Nominations(db);
            var n = NominationScope.Visible(actor, nominations.FindById(id), id);
            WorkflowGuards.RequireVersion("Nomination", id, n.Version, expectedVersion);
            var before = AuditSnapshot.Of(n);
            change(n);
            n.Version++;
            nominations.Update(n);
            var (changedBefore, changedAfter) = AuditSnapshot.Changes(before, AuditSnapshot.Of(n));
            audit.Record(db, actor, action, "nomination", n.Id, n.DomainId, changedBefore, changedAfter);
            return n;
        });
        totals.Invalidate();
        return changed;
    }

    /// <summary>Refuses a change once the cycle no longer accepts nominations (deadline passed or nominations closed).</summary>
    public void RequireAccepting(Cycle cycle, string step)
    {
        if (CycleRules.AcceptsNominations(cycle, clock.Today))
        {
            return;
        }

        var why = cycle.Stage != CycleStage.Nominating || cycle.ReadOnly
            ? $"nominations for '{cycle.Id}' are closed (the cycle is {WireNames.Of(cycle.Stage)})"
            : $"the nomination deadline of '{cycle.Id}' ({cycle.NominationDeadline:yyyy-MM-dd}) has passed";
        throw new StepOutOfOrderException($"Cannot {step}: {why}.");
    }

    public static void RequireStatus(Nomination n, NominationStatus status, string step)
    {
        if (n.Status != status)
        {
            throw new StepOutOfOrderException($"Cannot {step}: nomination '{n.Id}' is {WireNames.Of(n.Status)}, not {WireNames.Of(status)}.");
        }
    }

    public Cycle CycleOf(Nomination n) =>
        registry.Database.GetCollection<Cycle>(Cycle.Set.Name).FindById(n.CycleId)
        ?? throw new InvalidOperationException($"Nomination '{n.Id}' names the missing cycle '{n.CycleId}'.");

    private void RequireScreenable(Nomination n)
    {
        if (n.Status is NominationStatus.Draft or NominationStatus.Withdrawn or NominationStatus.Selected or NominationStatus.NotSelected)
        {
            throw new StepOutOfOrderException($"Cannot re-screen nomination '{n.Id}': it is {WireNames.Of(n.Status)} (only submitted nominations awaiting determination are re-screened).");
        }
    }

    private Screening Screen(Actor actor, Nomination n, Cycle cycle)
    {
        var person = registry.Database.GetCollection<Person>(PersonService.Collection).FindById(n.PersonId)
            ?? throw new InvalidOperationException($"Nomination '{n.Id}' names the missing person '{n.PersonId}'.");
        var screening = screener.Screen(n.DomainId, n.Tier, n.ProfileJson, person.ResidentId, cycle.ReferenceDate);
        screening.By = actor.AccountId;
        screening.AtUtc = clock.UtcNow;
        return screening;
    }

    private static void Append(Nomination n, Screening screening)
    {
        screening.Number = n.Screenings.Count + 1;
        n.Screenings.Add(screening);
        n.LatestVerdict = screening.Verdict;
    }

    /// <summary>The domain's required documents (its IntakeRules) must all be on the nomination before it is submitted.</summary>
    private void RequireDocuments(Nomination n)
    {
        IReadOnlyList<string> required;
        using (var lease = Lease(n.DomainId))
        {
            required = lease.Plugin.Organizer.Profile.Intake.RequiredDocumentsZh.ToList();
        }

        var missing = RequiredDocuments.Missing(required, n.Documents.Select(d => d.Kind));
        if (missing.Count > 0)
        {
            throw new InputValidationException("documents",
                "Missing before submission: " + string.Join("; ", missing.Select(m => $"{m.TextZh} (upload one of: {string.Join(", ", m.Kinds)})")) + ".");
        }
    }

    private (string Channel, string Unit) ChannelFor(Actor actor, Cycle cycle, Person person, NewNomination request)
    {
        IReadOnlyList<NominationChannel> channels;
        using (var lease = Lease(cycle.DomainId))
        {
            channels = lease.Plugin.Organizer.Profile.Intake.Channels.ToList();
        }

        switch (actor.Role)
        {
            case KunpengRoles.NominatingUnit:
                if (!channels.Contains(NominationChannel.UnitNomination) && !channels.Contains(NominationChannel.AssociationNomination))
                {
                    throw new ForbiddenException($"In {cycle.DomainId} units do not nominate: the organizing bureau designates the nominees.");
                }

                if (request.Unit is not null && request.Unit.Trim() != actor.Unit)
                {
                    throw new ForbiddenException($"You nominate as '{actor.Unit}', not as '{request.Unit}'.");
                }

                return (channels.Contains(NominationChannel.UnitNomination) ? NominationChannels.Unit : NominationChannels.Association, actor.Unit!);
            case KunpengRoles.Applicant:
                if (!channels.Contains(NominationChannel.SelfApplication))
                {
                    throw new ForbiddenException($"{cycle.DomainId} takes no self-applications: a unit nominates.");
                }

                return (NominationChannels.SelfApplication, person.Name);
            case KunpengRoles.BureauOfficer or KunpengRoles.TalentOffice:
                if (!actor.CanManageDomain(cycle.DomainId))
                {
                    throw new ForbiddenException($"A {actor.DomainId} bureau officer nominates only in {actor.DomainId}.");
                }

                var channel = request.Channel ?? NominationChannels.OrganizerDesignation;
                if (channel is not (NominationChannels.OrganizerDesignation or NominationChannels.Unit or NominationChannels.Association or NominationChannels.SelfApplication))
                {
                    throw new InputValidationException("channel", "organizer-designation, unit-nomination, association-nomination or self-application.");
                }

                var unit = string.IsNullOrWhiteSpace(request.Unit) ? person.Unit : request.Unit.Trim();
                return (channel, unit);
            default:
                throw new ForbiddenException("Expert reviewers do not nominate.");
        }
    }

    private void RequireTier(string domainId, string tier)
    {
        using var lease = Lease(domainId);
        var tiers = lease.Plugin.Organizer.Profile.Tiers.Select(t => t.Id).ToList();
        if (!tiers.Contains(tier.Trim()))
        {
            throw new InputValidationException("tier", $"{domainId} has the tiers {string.Join(", ", tiers)}.");
        }
    }

    private PluginLease Lease(string domainId) =>
        catalog.TryAcquire(domainId, out var lease)
            ? lease
            : throw new ConflictException("Domain not served", $"No active plugin serves '{domainId}' now; try again once it is loaded.");

    private static JsonElement? Given(JsonElement? value) =>
        value is { ValueKind: not (JsonValueKind.Undefined or JsonValueKind.Null) } v ? v : null;

    /// <summary>A profile must be a JSON object; its facts are checked against the domain's criteria on submit.</summary>
    public static string ProfileText(JsonElement profile, string field) =>
        profile.ValueKind == JsonValueKind.Object
            ? profile.GetRawText()
            : throw new InputValidationException(field, "A JSON object of facts (docs/profile-facts.md).");
}
