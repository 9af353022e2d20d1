using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Cycles;
using Kunpeng.Host.Workflow.Determinations;
using Kunpeng.Host.Workflow.Nominations;
using Kunpeng.Host.Workflow.Plans;
using Kunpeng.Host.Workflow.Writing;
using Kunpeng.Registry;

namespace Kunpeng.Host.Workflow.Engagement;

/// <summary>
/// Step 10, engagement per cycle: symposiums and visits for the top talents selected in the cycle
/// (the tier the rules list first: 拔尖人才; party-government 优秀处级干部), and publicity items.
/// Recorded from the fixed determination on (the people must be known), closed cycles included.
/// </summary>
public sealed class EngagementService(IRegistry registry, RecordWrites writes, RecordReads reads, IDomainTermsSource terms)
{
    /// <summary>The indexes the engagement lists filter by.</summary>
    public static IEnumerable<IndexDefinition> Indexes =>
    [
        IndexDefinition.On(EngagementRecord.Set, e => e.CycleId),
        IndexDefinition.On(EngagementRecord.Set, e => e.DomainId),
        IndexDefinition.On(EngagementRecord.Set, e => e.Kind),
    ];

    public EngagementRecord Create(Actor actor, string cycleId, EngagementInput input)
    {
        EngagementFields? fields = null;
        // The action names the kind; a request whose kind is not one of them is refused (400) before anything is stored.
        var kind = new FieldErrors().Enum<EngagementKind>("kind", input.Kind);
        return writes.Create(actor, EngagementRecord.Entity, new NewRecordStep<Cycle, EngagementRecord>
        {
            Action = kind is { } k ? $"engagement.{WireNames.Of(k)}-recorded" : "engagement.recorded",
            Parent = c => c.Load(Cycle.Kind, cycleId),
            Authorize = (a, cycle) => Permissions.RequireDomainManager(a, cycle.DomainId, "record engagement"),
            Require = (_, cycle) => RequireDetermined(cycle),
            Validate = (c, cycle, errors) => fields = ReadEngagement(c, cycle, input, errors),
            Build = (c, cycle) => fields!.Fill(new EngagementRecord
            {
                Id = Guid.NewGuid().ToString("N"),
                CycleId = cycle.Id,
                DomainId = cycle.DomainId,
                Year = cycle.Year,
                RecordedUtc = c.Clock.UtcNow,
                RecordedBy = c.Actor.AccountId,
            }),
        });
    }

    public EngagementRecord Update(Actor actor, string engagementId, IfMatch ifMatch, EngagementInput input)
    {
        EngagementFields? fields = null;
        return writes.Change(actor, EngagementRecord.Entity, engagementId, ifMatch, new RecordStep<EngagementRecord>
        {
            Action = "engagement.updated",
            Authorize = (a, e) => Permissions.RequireDomainManager(a, e.DomainId, "change an engagement record"),
            Require = (c, e) => RequireDetermined(c.Load(Cycle.Kind, e.CycleId)),
            Validate = (c, e, errors) => fields = ReadEngagement(c, c.Load(Cycle.Kind, e.CycleId), input, errors),
            Apply = (_, e) => fields!.Fill(e),
        });
    }

    public EngagementRecord Get(Actor actor, string engagementId)
    {
        var record = reads.Get(actor, EngagementRecord.Entity, engagementId);
        Permissions.RequireDomainManager(actor, record.DomainId, "see the engagement records");
        return record;
    }

    /// <summary>Engagements by domain, cycle and kind, latest first.</summary>
    public PagedList<EngagementRecord> List(Actor actor, string? domainId, string? cycleId, EngagementKind? kind, Paging paging)
    {
        var domain = Permissions.ListScope(actor, domainId, "engagements");
        var filter = Filter.All(
            domain is null ? null : Filter.Eq<EngagementRecord>(e => e.DomainId, domain),
            cycleId is null ? null : Filter.Eq<EngagementRecord>(e => e.CycleId, cycleId),
            kind is null ? null : Filter.Eq<EngagementRecord>(e => e.Kind, kind.Value));
        return registry.Read(EngagementRecord.Set).Page(filter, new SortKey(nameof(EngagementRecord.Date), Descending: true), paging);
    }

    private static void RequireDetermined(Cycle cycle) =>
        CycleRules.RequireStage(cycle, "record engagement for the selected talents",
            CycleStage.Determined, CycleStage.Implementing, CycleStage.Summarized, CycleStage.Accepted, CycleStage.Closed);

    private EngagementFields? ReadEngagement(ChangeSet changes, Cycle cycle, EngagementInput input, FieldErrors errors)
    {
        var kind = errors.Enum<EngagementKind>("kind", input.Kind);
        var date = errors.Date("date", input.Date);
        var title = errors.Text("title", input.Title, 300);
        var place = errors.Text("place", input.Place, 200, required: false);
        var outlet = errors.Text("outlet", input.Outlet, 200, required: kind == EngagementKind.Publicity);
        var notes = errors.Text("notes", input.Notes, 4000, required: false);
        var participants = (input.ParticipantNominationIds ?? [])
            .Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).Distinct(StringComparer.Ordinal).ToList();

        if (kind is EngagementKind.Symposium or EngagementKind.Visit)
        {
            if (participants.Count == 0)
            {
                errors.Add("participantNominationIds", "A symposium or visit is for the cycle's top talents: name at least one.");
            }

            var top = terms.Find(cycle.DomainId)?.TopTier?.Id ?? throw new DomainUnavailableException(cycle.DomainId);
            CheckParticipants(changes, cycle, participants, errors, s => s.Tier == top,
                $"is not a top talent (tier '{top}') selected in cycle '{cycle.Id}'");
        }
        else if (kind == EngagementKind.Publicity)
        {
            CheckParticipants(changes, cycle, participants, errors, _ => true, $"is not a talent selected in cycle '{cycle.Id}'");
        }

        return errors.Any ? null : new EngagementFields(kind!.Value, date!.Value, title!, place, outlet, participants, notes);
    }

    private static void CheckParticipants(
        ChangeSet changes, Cycle cycle, List<string> participants, FieldErrors errors, Func<SelectedPerson, bool> eligible, string refusal)
    {
        if (participants.Count == 0)
        {
            return;
        }

        var allowed = FixedList.Selected(changes.Records(Nomination.Set), FixedList.Require(changes.Records(Determination.Set), cycle, "record engagement"))
            .Where(eligible).Select(s => s.NominationId).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < participants.Count; i++)
        {
            if (!allowed.Contains(participants[i]))
            {
                errors.Add($"participantNominationIds[{i}]", $"'{participants[i]}' {refusal}.");
            }
        }
    }

    /// <summary>An engagement request once checked.</summary>
    private sealed record EngagementFields(
        EngagementKind Kind, DateOnly Date, string Title, string? Place, string? Outlet, List<string> Participants, string? Notes)
    {
        public EngagementRecord Fill(EngagementRecord record)
        {
            record.Kind = Kind;
            record.Date = Date;
            record.Title = Title;
            record.Place = Place;
            record.Outlet = Outlet;
            record.ParticipantNominationIds = Participants;
            record.Notes = Notes;
            return record;
        }
    }
}
