using Kunpeng.Host.Workflow.Audit;
using Kunpeng.Host.Api.Models;
using Kunpeng.Host.Problems;
using Kunpeng.Host.Registry;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Cycles;
using Kunpeng.Host.Workflow.Plans;
using LiteDB;

namespace Kunpeng.Host.Workflow.Engagement;

/// <summary>
/// Step 10, engagement per cycle: symposiums and visits for the top talents selected in the cycle
/// (the tier the rules list first: 拔尖人才; party-government 优秀处级干部), and publicity items.
/// Recorded from the fixed determination on (the people must be known), closed cycles included.
/// </summary>
public sealed class EngagementService(RegistryDatabase registry, AuditTrail audit, IDomainTermsSource terms, TimeProvider clock)
{
    public const string Collection = "engagements";

    public static void EnsureIndexes(LiteDatabase db)
    {
        var engagements = db.GetCollection<EngagementRecord>(Collection);
        engagements.EnsureIndex(e => e.CycleId);
        engagements.EnsureIndex(e => e.DomainId);
        engagements.EnsureIndex(e => e.Kind);
    }

    public EngagementRecord Create(Actor actor, string cycleId, EngagementInput input)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return registry.Write(db =>
        {
            var cycle = CycleGuards.LoadCycle(db, cycleId);
            CycleSteps.RequireDomainManager(actor, cycle.DomainId);
            RequireDetermined(cycle);
            var record = new EngagementRecord
            {
                Id = Guid.NewGuid().ToString("N"),
                CycleId = cycle.Id,
                DomainId = cycle.DomainId,
                Year = cycle.Year,
                RecordedUtc = now,
                RecordedBy = actor.AccountId,
            };
            Apply(db, cycle, record, input);
            db.GetCollection<EngagementRecord>(Collection).Insert(record);
            audit.Record(db, actor, $"engagement.{WireNames.Of(record.Kind)}-recorded", "engagement", record.Id, record.DomainId, null, record);
            return record;
        });
    }

    public EngagementRecord Update(Actor actor, string engagementId, int ifMatch, EngagementInput input) =>
        registry.Write(db =>
        {
            var engagements = db.GetCollection<EngagementRecord>(Collection);
            var record = engagements.FindById(engagementId) ?? throw new NotFoundException("Engagement", engagementId);
            CycleSteps.RequireDomainManager(actor, record.DomainId);
            var cycle = CycleGuards.LoadCycle(db, record.CycleId);
            RequireDetermined(cycle);
            WorkflowGuards.RequireVersion("Engagement", record.Id, record.Version, ifMatch);
            var before = CycleSteps.Copy(record);
            Apply(db, cycle, record, input);
            record.Version++;
            engagements.Update(record);
            audit.Record(db, actor, "engagement.updated", "engagement", record.Id, record.DomainId, before, record);
            return record;
        });

    public EngagementRecord Get(Actor actor, string engagementId)
    {
        var record = registry.Database.GetCollection<EngagementRecord>(Collection).FindById(engagementId)
            ?? throw new NotFoundException("Engagement", engagementId);
        CycleSteps.RequireDomainManager(actor, record.DomainId);
        return record;
    }

    /// <summary>Engagements by domain, cycle and kind, latest first.</summary>
    public PagedList<EngagementRecord> List(Actor actor, string? domainId, string? cycleId, EngagementKind? kind, Paging paging)
    {
        var domain = CycleSteps.ListScope(actor, domainId);
        var query = registry.Database.GetCollection<EngagementRecord>(Collection).Query();
        if (domain is not null)
        {
            query = query.Where(e => e.DomainId == domain);
        }

        if (cycleId is not null)
        {
            query = query.Where(e => e.CycleId == cycleId);
        }

        if (kind is not null)
        {
            query = query.Where(Query.EQ(nameof(EngagementRecord.Kind), kind.Value.ToString()));
        }

        return query.Page(paging, q => q.OrderByDescending(e => e.Date));
    }

    private static void RequireDetermined(Cycle cycle) =>
        CycleGuards.RequireStage(cycle, "record engagement for the selected talents",
            CycleStage.Determined, CycleStage.Implementing, CycleStage.Summarized, CycleStage.Accepted, CycleStage.Closed);

    private void Apply(LiteDatabase db, Cycle cycle, EngagementRecord record, EngagementInput input)
    {
        var errors = new FieldErrors();
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
            CheckParticipants(db, cycle, participants, errors, s => s.Tier == top,
                $"is not a top talent (tier '{top}') selected in cycle '{cycle.Id}'");
        }
        else if (kind == EngagementKind.Publicity)
        {
            CheckParticipants(db, cycle, participants, errors, _ => true, $"is not a talent selected in cycle '{cycle.Id}'");
        }

        errors.ThrowIfAny();
        record.Kind = kind!.Value;
        record.Date = ProgrammeCalendar.ToStored(date!.Value);
        record.Title = title!;
        record.Place = place;
        record.Outlet = outlet;
        record.ParticipantNominationIds = participants;
        record.Notes = notes;
    }

    private static void CheckParticipants(
        LiteDatabase db, Cycle cycle, List<string> participants, FieldErrors errors, Func<SelectedPerson, bool> eligible, string refusal)
    {
        if (participants.Count == 0)
        {
            return;
        }

        var allowed = CycleSteps.Selected(db, CycleSteps.FixedDetermination(db, cycle, "record engagement"))
            .Where(eligible).Select(s => s.NominationId).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < participants.Count; i++)
        {
            if (!allowed.Contains(participants[i]))
            {
                errors.Add($"participantNominationIds[{i}]", $"'{participants[i]}' {refusal}.");
            }
        }
    }
}
