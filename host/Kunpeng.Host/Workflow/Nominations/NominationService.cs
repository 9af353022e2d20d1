using System.Text.Json;
using Kunpeng.Abstractions;
using Kunpeng.Host.Plugins;
using Kunpeng.Host.Problems;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Cycles;
using Kunpeng.Host.Workflow.Documents;
using Kunpeng.Host.Workflow.Persons;
using Kunpeng.Host.Workflow.Writing;
using Kunpeng.Registry;

namespace Kunpeng.Host.Workflow.Nominations;

/// <summary>
/// Nominations from draft to submitted: who may nominate through which channel, the deadline,
/// required documents, and screening on submit (kept, never overwritten, with the plugin version).
/// Every change goes through the write path; the nomination's stage table says which step may
/// start from where.
/// </summary>
public sealed class NominationService(
    IRegistry registry, RecordWrites writes, RecordReads reads, DomainPluginCatalog catalog, ProgrammeClock clock, INominationScreener screener,
    NominationListTotals totals)
{
    /// <summary>The indexes every list filter seeks on.</summary>
    public static IEnumerable<IndexDefinition> Indexes =>
    [
        IndexDefinition.On(Nomination.Set, n => n.CycleId),
        IndexDefinition.On(Nomination.Set, n => n.DomainId),
        IndexDefinition.On(Nomination.Set, n => n.Tier),
        IndexDefinition.On(Nomination.Set, n => n.Unit),
        IndexDefinition.On(Nomination.Set, n => n.PersonId),
        IndexDefinition.On(Nomination.Set, n => n.NominatedBy),
        IndexDefinition.OnEach(Nomination.Set, n => n.ReviewerIds),
        IndexDefinition.On(Nomination.Set, n => n.Stage),
    ];

    /// <summary>
    /// The stage key became a stored field (it was an index expression): nominations written before
    /// it get it, and the indexes it replaced go, so writes stop maintaining them.
    /// </summary>
    public static IEnumerable<RegistryMigration> Migrations =>
    [
        new(10, "nominations: stored stage key, status/verdict/cycle+status indexes dropped", (registry, schema) =>
        {
            foreach (var replaced in NominationStageKey.ReplacedIndexes)
            {
                schema.DropIndex(Nomination.Set.Name, replaced);
            }

            // In batches: one transaction over every nomination would hold them all in memory.
            var unkeyed = new RecordQuery(Filter.Eq(NominationStageKey.Field, null), Take: 1_000);
            while (registry.Write(tx =>
            {
                var nominations = tx.Records(Nomination.Set);
                var batch = nominations.List(unkeyed);
                foreach (var n in batch)
                {
                    nominations.Update(n);
                }

                return batch.Count;
            }) > 0)
            {
            }
        }),
    ];

    /// <summary>A nomination the caller may see (404 otherwise).</summary>
    public Nomination Get(Actor actor, string id) => reads.Get(actor, Nomination.Kind, id);

    /// <summary>Nominates a person: a draft, to be completed with documents and submitted before the deadline.</summary>
    public Nomination Create(Actor actor, NewNomination request)
    {
        var errors = new FieldErrors();
        var cycleId = errors.Text("cycleId", request.CycleId, maxLength: 200);
        var personId = errors.Text("personId", request.PersonId, maxLength: 200);
        errors.Text("tier", request.Tier, maxLength: 200);
        errors.ThrowIfAny();

        (string Channel, string Unit) channel = ("", "");
        string? profile = null;
        return writes.Write(actor, changes =>
        {
            var nomination = changes.Create(Nomination.Kind, new NewRecordStep<Nominee, Nomination>
            {
                Action = "nomination.created",
                // Named by the body, not the path: an unknown one is a field error.
                Parent = c => new Nominee(
                    c.Records(Cycle.Set).Find(cycleId!) ?? throw new InputValidationException("cycleId", $"No cycle has the id '{cycleId}'."),
                    c.Records(Person.Set).Find(personId!) ?? throw new InputValidationException("personId", $"No person has the id '{personId}'.")),
                Authorize = (a, nominee) => channel = ChannelFor(a, nominee.Cycle, nominee.Person, request),
                Require = (c, nominee) =>
                {
                    RequireAccepting(nominee.Cycle, "nominate");
                    var open = Filter.Eq<Nomination>(n => n.PersonId, nominee.Person.Id)
                        & Filter.Eq<Nomination>(n => n.CycleId, nominee.Cycle.Id)
                        & Filter.NotEq(nameof(Nomination.Status), NominationStatus.Withdrawn);
                    if (c.Records(Nomination.Set).Any(open))
                    {
                        throw new ConflictException("Already nominated",
                            $"{nominee.Person.Name} already has a nomination in the cycle '{nominee.Cycle.Id}' (withdraw it first to nominate again).");
                    }
                },
                Validate = (_, nominee, e) =>
                {
                    CheckTier(nominee.Cycle.DomainId, request.Tier!, e);
                    profile = Given(request.Profile) is { } p ? ProfileText(p, "profile", e) : nominee.Person.ProfileJson;
                },
                Build = (c, nominee) => new Nomination
                {
                    Id = Guid.NewGuid().ToString("N"),
                    CycleId = nominee.Cycle.Id,
                    DomainId = nominee.Cycle.DomainId,
                    Year = nominee.Cycle.Year,
                    Tier = request.Tier!.Trim(),
                    PersonId = nominee.Person.Id,
                    PersonName = nominee.Person.Name,
                    NominatedBy = c.Actor.AccountId,
                    Unit = channel.Unit,
                    Channel = channel.Channel,
                    ProfileJson = profile!,
                    CreatedUtc = c.Clock.UtcNow,
                },
            });
            NoteNomination(changes, nomination);
            return nomination;
        });
    }

    /// <summary>
    /// Keeps the person's derived scope data (who may see and list them) in step with their
    /// nominations, in the nomination's transaction: scope keys, not a change of the person's own.
    /// </summary>
    private static void NoteNomination(ChangeSet changes, Nomination nomination)
    {
        var persons = changes.Records(Person.Set);
        var stored = persons.FindForUpdate(nomination.PersonId)!;
        var changed = false;
        if (!stored.NominatedIn.Contains(nomination.DomainId))
        {
            stored.NominatedIn.Add(nomination.DomainId);
            stored.Scopes.Add(PersonScope.Domain(nomination.DomainId));
            changed = true;
        }

        if (nomination.Channel != NominationChannels.SelfApplication && !stored.NominatedByUnits.Contains(nomination.Unit))
        {
            stored.NominatedByUnits.Add(nomination.Unit);
            stored.Scopes.Add(PersonScope.Unit(nomination.Unit));
            changed = true;
        }

        if (changed)
        {
            persons.Update(stored);
        }
    }

    /// <summary>Changes a draft's tier or facts.</summary>
    public Nomination Update(Actor actor, string id, IfMatch ifMatch, NominationUpdate update)
    {
        string? profile = null;
        return writes.Change(actor, Nomination.Kind, id, ifMatch, new RecordStep<Nomination>
        {
            Action = NominationStages.Updated,
            Authorize = NominationScope.RequireEditor,
            Require = (c, n) => RequireAccepting(CycleOf(c, n), "edit a nomination"),
            Validate = (_, n, errors) =>
            {
                if (update.Tier is not null)
                {
                    CheckTier(n.DomainId, update.Tier, errors);
                }

                profile = Given(update.Profile) is { } p ? ProfileText(p, "profile", errors) : null;
            },
            Apply = (_, n) =>
            {
                n.Tier = update.Tier?.Trim() ?? n.Tier;
                n.ProfileJson = profile ?? n.ProfileJson;
            },
        });
    }

    /// <summary>Submits a draft: checks the deadline and the required documents, screens it, and stores the verdict.</summary>
    public Nomination Submit(Actor actor, string id, IfMatch ifMatch)
    {
        IReadOnlyList<string> required = [];
        Screening? screening = null;
        return writes.Change(actor, Nomination.Kind, id, ifMatch, new RecordStep<Nomination>
        {
            Action = NominationStages.Submitted,
            Authorize = NominationScope.RequireEditor,
            Require = (c, n) =>
            {
                RequireAccepting(CycleOf(c, n), "submit a nomination");
                required = RequiredDocumentsOf(n.DomainId);
            },
            Validate = (c, n, errors) =>
            {
                var missing = RequiredDocuments.Missing(required, n.Documents.Select(d => d.Kind));
                if (missing.Count > 0)
                {
                    errors.Add("documents",
                        "Missing before submission: " + string.Join("; ", missing.Select(m => $"{m.TextZh} (upload one of: {string.Join(", ", m.Kinds)})")) + ".");
                    return;
                }

                screening = Screen(c, n);
            },
            Apply = (c, n) =>
            {
                n.SubmittedUtc = c.Clock.UtcNow;
                Append(n, screening!);
            },
        });
    }

    /// <summary>Runs the criteria again (e.g. after the plugin was updated) and appends the result; earlier screenings stay.</summary>
    public Nomination Rescreen(Actor actor, string id, IfMatch ifMatch)
    {
        Screening? screening = null;
        return writes.Change(actor, Nomination.Kind, id, ifMatch, new RecordStep<Nomination>
        {
            Action = NominationStages.Rescreened,
            Authorize = NominationScope.RequireManager,
            Validate = (c, n, _) => screening = Screen(c, n),
            Apply = (_, n) => Append(n, screening!),
        });
    }

    /// <summary>Withdraws a nomination before the panel has decided on it (the stage table says from where).</summary>
    public Nomination Withdraw(Actor actor, string id, IfMatch ifMatch) =>
        writes.Change(actor, Nomination.Kind, id, ifMatch, new RecordStep<Nomination>
        {
            Action = NominationStages.Withdrawn,
            Authorize = NominationScope.RequireEditor,
            Apply = (_, _) => { },
        });

    /// <summary>A page of the nominations the caller may see, filtered.</summary>
    public PagedList<Nomination> List(Actor actor, NominationFilter filter, Paging paging)
    {
        var (where, total) = Filtered(actor, filter);
        var items = total <= paging.Skip ? [] : registry.Read(Nomination.Set).List(new RecordQuery(where, Skip: paging.Skip, Take: paging.PageSize));
        return new PagedList<Nomination>(items, paging.Page, paging.PageSize, total);
    }

    /// <summary>The fields a list row shows: a nomination carries its facts and every screening, and a list needs none of them.</summary>
    private static readonly IReadOnlyList<string> SummaryFields =
    [
        "Id", "CycleId", "DomainId", "Year", "Tier", "PersonId", "PersonName", "Unit", "Channel", "Status", "LatestVerdict", "Panel.Result", "SubmittedUtc", "Version",
    ];

    /// <summary>
    /// A page of list rows: the same filter as <see cref="List"/>, but only the fields a list shows are
    /// read out of each record.
    /// </summary>
    public PagedList<NominationSummary> ListSummaries(Actor actor, NominationFilter filter, Paging paging)
    {
        var (where, total) = Filtered(actor, filter);
        var rows = total <= paging.Skip ? [] : registry.Read(Nomination.Set).Rows(new RecordQuery(where, Skip: paging.Skip, Take: paging.PageSize), SummaryFields);
        return new PagedList<NominationSummary>(rows.Select(SummaryOf).ToList(), paging.Page, paging.PageSize, total);
    }

    private static NominationSummary SummaryOf(RecordRow r) => new(
        r.Text("Id")!, r.Text("CycleId")!, r.Text("DomainId")!, r.Int("Year"), r.Text("Tier")!, r.Text("PersonId")!, r.Text("PersonName")!,
        r.Text("Unit")!, r.Text("Channel")!, Enum.Parse<NominationStatus>(r.Text("Status")!), r.Text("LatestVerdict"), r.Text("Panel.Result"),
        r.Date("SubmittedUtc"), r.Int("Version"));

    /// <summary>The caller's filter and its total, remembered per filter until the next nomination write.</summary>
    private (Filter? Where, int Total) Filtered(Actor actor, NominationFilter filter)
    {
        var where = Conditions(actor, filter);
        var total = totals.GetOrCount($"{actor.Role}\u001f{actor.AccountId}\u001f{actor.DomainId}\u001f{actor.Unit}\u001f{filter}", () => registry.Read(Nomination.Set).Count(where));
        return (where, total);
    }

    /// <summary>
    /// The filter of a list: the caller's scope, then the list's filters, each term in the order a store
    /// should prefer its index (the embedded registry walks the first term's index on a tie and filters by the rest). A
    /// status or verdict filter is a seek on the stage key and goes first, so the commonest list (one
    /// cycle's nominations in one status) reads only its own index entries.
    /// </summary>
    internal Filter? Conditions(Actor actor, NominationFilter filter)
    {
        var terms = new List<Filter>();
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
                terms.Add(Filter.Has(nameof(Nomination.ReviewerIds), actor.AccountId));
                domain = filter.DomainId;
                break;
            case KunpengRoles.NominatingUnit:
                if (filter.Unit is not null && filter.Unit != actor.Unit)
                {
                    throw new ForbiddenException("A nominating unit lists only its own nominations.");
                }

                terms.Add(Filter.Eq<Nomination>(n => n.Unit, actor.Unit ?? ""));
                terms.Add(Filter.NotEq(nameof(Nomination.Channel), NominationChannels.SelfApplication));
                domain = filter.DomainId;
                break;
            case KunpengRoles.Applicant:
                terms.Add(Filter.Eq<Nomination>(n => n.NominatedBy, actor.AccountId));
                domain = filter.DomainId;
                break;
            default:
                throw new ForbiddenException("This role lists no nominations.");
        }

        if (filter.Status is not null || filter.Verdict is not null)
        {
            // Without a cycle, the stage keys span the cycles of the domain in view; those keys already
            // confine the list to that domain, and a separate domain term would be the cheaper index
            // in the embedded registry's eyes and scan the whole domain.
            var cycleIds = filter.CycleId is not null ? [filter.CycleId] : CycleIdsOf(domain);
            terms.Insert(0, NominationStageKey.Term(cycleIds, filter.Status, filter.Verdict));
            if (filter.CycleId is not null && domain is not null)
            {
                terms.Add(Filter.Eq<Nomination>(n => n.DomainId, domain));
            }
        }
        else
        {
            if (filter.CycleId is not null)
            {
                terms.Add(Filter.Eq<Nomination>(n => n.CycleId, filter.CycleId));
            }

            if (domain is not null)
            {
                terms.Add(Filter.Eq<Nomination>(n => n.DomainId, domain));
            }
        }

        if (filter.Tier is not null)
        {
            terms.Add(Filter.Eq<Nomination>(n => n.Tier, filter.Tier));
        }

        if (filter.Unit is not null && actor.Role != KunpengRoles.NominatingUnit)
        {
            terms.Add(Filter.Eq<Nomination>(n => n.Unit, filter.Unit));
        }

        if (filter.PersonId is not null)
        {
            terms.Add(Filter.Eq<Nomination>(n => n.PersonId, filter.PersonId));
        }

        return Filter.All([.. terms]);
    }

    private List<string> CycleIdsOf(string? domainId) =>
        registry.Read(Cycle.Set).Rows(new RecordQuery(domainId is null ? null : Filter.Eq<Cycle>(c => c.DomainId, domainId)), ["Id"])
            .Select(r => r.Text("Id")!).ToList();

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

    /// <summary>The nomination's cycle, read in the transaction.</summary>
    public static Cycle CycleOf(ChangeSet changes, Nomination n) =>
        changes.Records(Cycle.Set).Find(n.CycleId)
        ?? throw new InvalidOperationException($"Nomination '{n.Id}' names the missing cycle '{n.CycleId}'.");

    /// <summary>The domain's criteria over the nomination's facts, for the person's validated resident ID.</summary>
    private Screening Screen(ChangeSet changes, Nomination n)
    {
        var person = changes.Records(Person.Set).Find(n.PersonId)
            ?? throw new InvalidOperationException($"Nomination '{n.Id}' names the missing person '{n.PersonId}'.");
        var screening = screener.Screen(n.DomainId, n.Tier, n.ProfileJson, person.ResidentId, CycleOf(changes, n).ReferenceDate);
        screening.By = changes.Actor.AccountId;
        screening.AtUtc = changes.Clock.UtcNow;
        return screening;
    }

    private static void Append(Nomination n, Screening screening)
    {
        screening.Number = n.Screenings.Count + 1;
        n.Screenings.Add(screening);
        n.LatestVerdict = screening.Verdict;
    }

    /// <summary>The domain's required documents (its IntakeRules), which must all be on a nomination before it is submitted.</summary>
    private IReadOnlyList<string> RequiredDocumentsOf(string domainId)
    {
        using var lease = Lease(domainId);
        return lease.Plugin.Organizer.Profile.Intake.RequiredDocumentsZh.ToList();
    }

    /// <summary>The cycle and the person a new nomination is for.</summary>
    private sealed record Nominee(Cycle Cycle, Person Person);

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

    private void CheckTier(string domainId, string tier, FieldErrors errors)
    {
        using var lease = Lease(domainId);
        var tiers = lease.Plugin.Organizer.Profile.Tiers.Select(t => t.Id).ToList();
        if (!tiers.Contains(tier.Trim()))
        {
            errors.Add("tier", $"{domainId} has the tiers {string.Join(", ", tiers)}.");
        }
    }

    private PluginLease Lease(string domainId) =>
        catalog.TryAcquire(domainId, out var lease)
            ? lease
            : throw new ConflictException("Domain not served", $"No active plugin serves '{domainId}' now; try again once it is loaded.");

    private static JsonElement? Given(JsonElement? value) =>
        value is { ValueKind: not (JsonValueKind.Undefined or JsonValueKind.Null) } v ? v : null;

    /// <summary>A profile must be a JSON object; its facts are checked against the domain's criteria on submit.</summary>
    public static string? ProfileText(JsonElement profile, string field, FieldErrors errors)
    {
        if (profile.ValueKind == JsonValueKind.Object)
        {
            return profile.GetRawText();
        }

        errors.Add(field, "A JSON object of facts (docs/profile-facts.md).");
        return null;
    }
}
