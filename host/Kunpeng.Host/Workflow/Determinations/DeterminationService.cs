using Kunpeng.Host.Workflow;
using Kunpeng.Host.Workflow.Audit;
using Kunpeng.Host.Api;
using Kunpeng.Host.Plugins;
using Kunpeng.Host.Problems;
using Kunpeng.Host.Registry;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Cycles;
using Kunpeng.Host.Workflow.Nominations;
using LiteDB;

namespace Kunpeng.Host.Workflow.Determinations;

/// <summary>
/// The bureau's proposed list (建议人选) per tier, against the plugin's quota. Quotas are targets
/// ("about 5"): a tier may go beyond by the Talent Office's tolerance; beyond that, fixing the list
/// waits for the Talent Office's approval. Only nominees the panel passed and whose latest screening
/// is not ineligible can be selected. Fixing moves the cycle to determined and marks every
/// panel-passed nomination selected or not selected.
/// </summary>
public sealed class DeterminationService(
    RegistryDatabase registry, AuditTrail audit, DomainPluginCatalog catalog, QuotaTolerance tolerance, ProgrammeClock clock, NominationListTotals totals)
{
    public const string Collection = "determinations";

    public static void EnsureIndexes(LiteDatabase db) =>
        db.GetCollection<Determination>(Collection).EnsureIndex(d => d.DomainId);

    /// <summary>The determination with its fill against the quota (404 until one is proposed).</summary>
    public DeterminationView Get(Actor actor, string cycleId)
    {
        var cycle = Cycle(cycleId);
        Permissions.RequireDomainManager(actor, cycle.DomainId, "change this cycle");
        var d = registry.Database.GetCollection<Determination>(Collection).FindById(cycleId) ?? throw new NotFoundException("Determination", cycleId);
        return View(d, tolerance.Get().Percent);
    }

    /// <summary>Nominees who may be selected: panel passed and not ineligible, best average score first.</summary>
    public IReadOnlyList<Candidate> Candidates(Actor actor, string cycleId)
    {
        var cycle = Cycle(cycleId);
        Permissions.RequireDomainManager(actor, cycle.DomainId, "change this cycle");
        return NominationService.Nominations(registry.Database)
            .Find(NominationStageKey.InCycleWithStatus(cycleId, NominationStatus.PanelPassed))
            .Where(n => n.LatestVerdict != Verdicts.Ineligible)
            .OrderByDescending(n => n.Panel?.AverageScore ?? 0)
            .Select(n => new Candidate(n.Id, n.PersonId, n.PersonName, n.Unit, n.Tier, n.LatestVerdict, n.Panel?.AverageScore))
            .ToList();
    }

    /// <summary>Proposes (or, with the ETag, revises) the list; a list awaiting approval goes back to proposed.</summary>
    public DeterminationView Propose(Actor actor, string cycleId, int? expectedVersion, DeterminationRequest request)
    {
        var cycle = Cycle(cycleId);
        Permissions.RequireDomainManager(actor, cycle.DomainId, "change this cycle");
        var tiers = Tiers(cycle.DomainId);
        var errors = new FieldErrors();
        var selections = request.Tiers ?? [];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var seenTiers = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < selections.Count; i++)
        {
            var s = selections[i];
            if (s.Tier is null || !tiers.ContainsKey(s.Tier))
            {
                errors.Add($"tiers[{i}].tier", $"{cycle.DomainId} has the tiers {string.Join(", ", tiers.Keys)}.");
            }
            else if (!seenTiers.Add(s.Tier))
            {
                errors.Add($"tiers[{i}].tier", $"Tier '{s.Tier}' is listed twice.");
            }

            var ids = s.NominationIds ?? [];
            for (var j = 0; j < ids.Count; j++)
            {
                var n = NominationService.Nominations(registry.Database).FindById(ids[j]);
                if (!seen.Add(ids[j]))
                {
                    errors.Add($"tiers[{i}].nominationIds[{j}]", $"'{ids[j]}' is selected twice.");
                }
                else if (n is null || n.CycleId != cycleId)
                {
                    errors.Add($"tiers[{i}].nominationIds[{j}]", $"'{ids[j]}' is not a nomination of '{cycleId}'.");
                }
                else if (s.Tier is not null && n.Tier != s.Tier)
                {
                    errors.Add($"tiers[{i}].nominationIds[{j}]", $"{n.PersonName} ('{n.Id}') applied for the tier '{n.Tier}'.");
                }
            }
        }

        errors.ThrowIfAny();

        return registry.Write(db =>
        {
            var stored = db.GetCollection<Cycles.Cycle>(Cycles.Cycle.Set.Name).FindById(cycleId)!;
            CycleGuards.RequireStage(stored, "propose the list", CycleStage.Reviewing);
            var nominations = NominationService.Nominations(db);
            var refused = selections.SelectMany(t => t.NominationIds ?? [])
                .Select(id => nominations.FindById(id))
                .Where(n => Unselectable(n) is not null)
                .Select(n => $"{n.PersonName} ('{n.Id}'): {Unselectable(n)}")
                .ToList();
            RefuseUnselectable(refused);

            var determinations = db.GetCollection<Determination>(Collection);
            var d = determinations.FindById(cycleId);
            var before = d is null ? null : AuditSnapshot.Of(d);
            if (d is not null)
            {
                if (expectedVersion is null)
                {
                    throw new PreconditionRequiredException();
                }

                WorkflowGuards.RequireVersion("Determination", cycleId, d.Version, expectedVersion.Value);
                d.Version++;
            }

            d ??= new Determination { Id = cycleId, DomainId = stored.DomainId };
            d.Tiers = tiers.Select(t => new DeterminedTier
            {
                Tier = t.Key,
                Quota = t.Value,
                NominationIds = selections.FirstOrDefault(s => s.Tier == t.Key)?.NominationIds?.ToList() ?? [],
            }).ToList();
            d.Status = DeterminationStatus.Proposed;
            d.ProposedBy = actor.AccountId;
            d.ProposedUtc = clock.UtcNow;
            d.ApprovedBy = null;
            d.TolerancePercent = tolerance.Get().Percent;
            d.TiersBeyondTolerance = Beyond(d, d.TolerancePercent);
            determinations.Upsert(d);
            audit.Record(db, actor, before is null ? "determination.proposed" : "determination.revised", "determination", d.Id, d.DomainId, before, d);
            return View(d, d.TolerancePercent);
        });
    }

    /// <summary>
    /// Fixes the list. Within tolerance (or when the Talent Office fixes it) the list is final at once;
    /// beyond tolerance, a bureau's request waits for the Talent Office's approval.
    /// </summary>
    public DeterminationView Fix(Actor actor, string cycleId, int expectedVersion)
    {
        var cycle = Cycle(cycleId);
        Permissions.RequireDomainManager(actor, cycle.DomainId, "change this cycle");
        var view = registry.Write(db =>
        {
            var (d, before) = Load(db, cycleId, expectedVersion);
            if (d.Status != DeterminationStatus.Proposed)
            {
                throw new StepOutOfOrderException($"The list of '{cycleId}' is {WireNames.Of(d.Status)}; only a proposed list is fixed.");
            }

            d.TolerancePercent = tolerance.Get().Percent;
            d.TiersBeyondTolerance = Beyond(d, d.TolerancePercent);
            if (d.TiersBeyondTolerance.Count > 0 && !actor.IsTalentOffice)
            {
                d.Status = DeterminationStatus.AwaitingApproval;
                d.Version++;
                db.GetCollection<Determination>(Collection).Update(d);
                audit.Record(db, actor, "determination.approval-requested", "determination", d.Id, d.DomainId, before, d);
                return View(d, d.TolerancePercent);
            }

            if (d.TiersBeyondTolerance.Count > 0)
            {
                d.ApprovedBy = actor.AccountId;
            }

            return Finalize(db, actor, d, before);
        });
        totals.Invalidate();
        return view;
    }

    /// <summary>The Talent Office approves a list beyond tolerance: it is fixed.</summary>
    public DeterminationView Approve(Actor actor, string cycleId, int expectedVersion)
    {
        RequireTalentOffice(actor);
        var view = registry.Write(db =>
        {
            var (d, before) = Load(db, cycleId, expectedVersion);
            if (d.Status != DeterminationStatus.AwaitingApproval)
            {
                throw new StepOutOfOrderException($"The list of '{cycleId}' is {WireNames.Of(d.Status)}; only a list awaiting approval is approved.");
            }

            d.ApprovedBy = actor.AccountId;
            return Finalize(db, actor, d, before);
        });
        totals.Invalidate();
        return view;
    }

    /// <summary>The Talent Office returns a list beyond tolerance to the bureau (proposed again).</summary>
    public DeterminationView Return(Actor actor, string cycleId, int expectedVersion, ReturnRequest request)
    {
        RequireTalentOffice(actor);
        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            throw new InputValidationException("reason", "Say why the list is returned.");
        }

        return registry.Write(db =>
        {
            var (d, before) = Load(db, cycleId, expectedVersion);
            if (d.Status != DeterminationStatus.AwaitingApproval)
            {
                throw new StepOutOfOrderException($"The list of '{cycleId}' is {WireNames.Of(d.Status)}; only a list awaiting approval is returned.");
            }

            d.Status = DeterminationStatus.Proposed;
            d.ReturnedReason = request.Reason.Trim();
            d.Version++;
            db.GetCollection<Determination>(Collection).Update(d);
            audit.Record(db, actor, "determination.returned", "determination", d.Id, d.DomainId, before, d);
            return View(d, d.TolerancePercent);
        });
    }

    private (Determination Determination, System.Text.Json.Nodes.JsonObject Before) Load(LiteDatabase db, string cycleId, int expectedVersion)
    {
        var stored = CycleGuards.LoadCycle(db, cycleId);
        CycleGuards.RequireStage(stored, "fix the list", CycleStage.Reviewing);
        var d = db.GetCollection<Determination>(Collection).FindById(cycleId)
            ?? throw new StepOutOfOrderException($"No list is proposed for '{cycleId}' yet (PUT /api/cycles/{cycleId}/determination).");
        WorkflowGuards.RequireVersion("Determination", cycleId, d.Version, expectedVersion);
        return (d, AuditSnapshot.Of(d));
    }

    private DeterminationView Finalize(LiteDatabase db, Actor actor, Determination d, System.Text.Json.Nodes.JsonObject before)
    {
        var nominations = NominationService.Nominations(db);
        var selected = d.Tiers.SelectMany(t => t.NominationIds).ToHashSet(StringComparer.Ordinal);
        // Checked again: a re-screening since the list was proposed may have found a nominee ineligible.
        RefuseUnselectable(selected.Select(id => nominations.FindById(id))
            .Where(n => n is null || Unselectable(n) is not null)
            .Select(n => n is null ? "a nomination no longer there" : $"{n.PersonName} ('{n.Id}'): {Unselectable(n)}")
            .ToList());

        d.Status = DeterminationStatus.Fixed;
        d.FixedBy = actor.AccountId;
        d.FixedUtc = clock.UtcNow;
        d.Version++;
        db.GetCollection<Determination>(Collection).Update(d);
        audit.Record(db, actor, "determination.fixed", "determination", d.Id, d.DomainId, before, d);

        foreach (var n in nominations.Find(NominationStageKey.InCycleWithStatus(d.Id, NominationStatus.PanelPassed)).ToList())
        {
            var nominationBefore = AuditSnapshot.Of(n);
            n.Status = selected.Contains(n.Id) ? NominationStatus.Selected : NominationStatus.NotSelected;
            n.Version++;
            nominations.Update(n);
            var (changedBefore, changedAfter) = AuditSnapshot.Changes(nominationBefore, AuditSnapshot.Of(n));
            audit.Record(db, actor, n.Status == NominationStatus.Selected ? "nomination.selected" : "nomination.not-selected",
                "nomination", n.Id, n.DomainId, changedBefore, changedAfter);
        }

        var cycles = db.GetCollection<Cycles.Cycle>(Cycles.Cycle.Set.Name);
        var cycle = cycles.FindById(d.Id)!;
        var cycleBefore = AuditSnapshot.Of(cycle);
        cycle.Stage = CycleStage.Determined;
        cycle.Version++;
        cycles.Update(cycle);
        audit.Record(db, actor, "cycle.determined", "cycle", cycle.Id, cycle.DomainId, cycleBefore, cycle);
        return View(d, d.TolerancePercent);
    }

    /// <summary>Why a nomination cannot be selected, or null when it can.</summary>
    private static string? Unselectable(Nomination n) =>
        n.LatestVerdict == Verdicts.Ineligible ? "its latest screening is ineligible"
        : n.Status != NominationStatus.PanelPassed ? $"the panel has not passed it (it is {WireNames.Of(n.Status)})"
        : null;

    private static void RefuseUnselectable(List<string> refused)
    {
        if (refused.Count > 0)
        {
            var problem = new ConflictException("Not selectable",
                "Only nominees the panel passed and whose latest screening is not ineligible can be selected: " + string.Join("; ", refused) + ".");
            problem.Extensions["refused"] = refused;
            throw problem;
        }
    }

    private static List<string> Beyond(Determination d, int percent) =>
        d.Tiers.Where(t => Limit(t.Quota, percent) is { } limit && t.NominationIds.Count > limit).Select(t => t.Tier).ToList();

    /// <summary>The most a tier may hold without approval: quota plus tolerance, rounded down.</summary>
    private static int? Limit(int? quota, int percent) => quota is { } q ? q * (100 + percent) / 100 : null;

    private static DeterminationView View(Determination d, int percent) => new(
        d.Id, d.DomainId, d.Status, percent,
        d.Tiers.Select(t => new TierFill(
            t.Tier, t.NominationIds, t.NominationIds.Count, t.Quota,
            t.Quota is > 0 ? Math.Round(100.0 * t.NominationIds.Count / t.Quota.Value, 1) : null,
            Limit(t.Quota, percent), Limit(t.Quota, percent) is { } limit && t.NominationIds.Count > limit)).ToList(),
        d.ProposedBy, d.ProposedUtc, d.ApprovedBy, d.FixedBy, d.FixedUtc, d.ReturnedReason, d.Version);

    private Dictionary<string, int?> Tiers(string domainId)
    {
        if (!catalog.TryAcquire(domainId, out var lease))
        {
            throw new ConflictException("Domain not served", $"No active plugin serves '{domainId}' now.");
        }

        using (lease)
        {
            return lease.Plugin.Organizer.Profile.Tiers.ToDictionary(t => t.Id, t => t.Quota?.Target, StringComparer.Ordinal);
        }
    }

    private static void RequireTalentOffice(Actor actor)
    {
        if (!actor.IsTalentOffice)
        {
            throw new ForbiddenException("Only the Talent Office approves or returns a list beyond the quota tolerance.");
        }
    }

    private Cycle Cycle(string id) =>
        CycleGuards.LoadCycle(registry.Database, id);
}
