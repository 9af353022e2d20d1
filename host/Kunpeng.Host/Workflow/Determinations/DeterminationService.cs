using Kunpeng.Host.Plugins;
using Kunpeng.Host.Problems;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Cycles;
using Kunpeng.Host.Workflow.Nominations;
using Kunpeng.Host.Workflow.Writing;
using Kunpeng.Registry;

namespace Kunpeng.Host.Workflow.Determinations;

/// <summary>
/// The bureau's proposed list (建议人选) per tier, against the plugin's quota. Quotas are targets
/// ("about 5"): a tier may go beyond by the Talent Office's tolerance; beyond that, fixing the list
/// waits for the Talent Office's approval. Only nominees the panel passed and whose latest screening
/// is not ineligible can be selected. Fixing moves the cycle to determined and marks every
/// panel-passed nomination selected or not selected, in the transaction that fixes the list.
/// </summary>
public sealed class DeterminationService(
    IRegistry registry, RecordWrites writes, RecordReads reads, DomainPluginCatalog catalog, QuotaTolerance tolerance, NominationListTotals totals)
{
    /// <summary>The indexes the determination lists filter by.</summary>
    public static IEnumerable<IndexDefinition> Indexes => [IndexDefinition.On(Determination.Set, d => d.DomainId)];

    // The nomination's stage table makes these moves (panel-passed to selected or not selected).
    private static readonly RecordStep<Nomination> Select = new() { Action = NominationStages.Selected, Apply = (_, _) => { } };

    private static readonly RecordStep<Nomination> PassOver = new() { Action = NominationStages.NotSelected, Apply = (_, _) => { } };

    private static readonly RecordStep<Cycle> Determine = new() { Action = CycleStages.Determined, Require = (_, c) => CycleRules.RequireWritable(c), Apply = (_, _) => { } };

    /// <summary>The determination with its fill against the quota (404 until one is proposed).</summary>
    public DeterminationView Get(Actor actor, string cycleId)
    {
        var cycle = reads.Get(actor, Cycle.Kind, cycleId);
        Permissions.RequireDomainManager(actor, cycle.DomainId, "see the list");
        var d = reads.Find(actor, Determination.Kind, cycleId) ?? throw new NotFoundException("Determination", cycleId);
        return DeterminationView.Of(d, tolerance.Get().Percent);
    }

    /// <summary>Nominees who may be selected: panel passed and not ineligible, best average score first.</summary>
    public IReadOnlyList<Candidate> Candidates(Actor actor, string cycleId)
    {
        var cycle = reads.Get(actor, Cycle.Kind, cycleId);
        Permissions.RequireDomainManager(actor, cycle.DomainId, "see the candidates");
        return registry.Read(Nomination.Set).List(new RecordQuery(PanelPassedIn(cycleId)))
            .Where(n => n.LatestVerdict != Verdicts.Ineligible)
            .OrderByDescending(n => n.Panel?.AverageScore ?? 0)
            .Select(n => new Candidate(n.Id, n.PersonId, n.PersonName, n.Unit, n.Tier, n.LatestVerdict, n.Panel?.AverageScore))
            .ToList();
    }

    /// <summary>Proposes (or, with the ETag, revises) the list; a list awaiting approval goes back to proposed.</summary>
    public DeterminationView Propose(Actor actor, string cycleId, IfMatch ifMatch, DeterminationRequest request)
    {
        var selections = request.Tiers ?? [];
        var percent = tolerance.Get().Percent;
        // The domain's tiers and quotas, read from its plugin once the cycle's state allows the step.
        Dictionary<string, int?> tiers = [];
        var proposed = writes.Write(actor, changes => changes.Records(Determination.Set).Find(cycleId) is null
            ? changes.Create(Determination.Kind, new NewRecordStep<Cycle, Determination>
            {
                Action = "determination.proposed",
                Parent = c => c.Load(Cycle.Kind, cycleId),
                Authorize = (a, cycle) => Permissions.RequireDomainManager(a, cycle.DomainId, "propose the list"),
                Require = (c, cycle) => tiers = RequireProposable(c, cycle, selections),
                Validate = (c, cycle, errors) => ValidateSelections(c, cycle, tiers, selections, errors),
                Build = (c, cycle) => Fill(c, new Determination { Id = cycle.Id, DomainId = cycle.DomainId }, tiers, selections, percent),
            })
            : changes.Change(Determination.Kind, cycleId, ifMatch, new RecordStep<Determination>
            {
                Action = "determination.revised",
                Authorize = (a, d) => Permissions.RequireDomainManager(a, d.DomainId, "propose the list"),
                Require = (c, d) => tiers = RequireProposable(c, c.Load(Cycle.Kind, d.Id), selections),
                Validate = (c, d, errors) => ValidateSelections(c, c.Load(Cycle.Kind, d.Id), tiers, selections, errors),
                Apply = (c, d) => Fill(c, d, tiers, selections, percent),
            }));
        return DeterminationView.Of(proposed, proposed.TolerancePercent);
    }

    /// <summary>
    /// Fixes the list. Within tolerance (or when the Talent Office fixes it) the list is final at once;
    /// beyond tolerance, a bureau's request waits for the Talent Office's approval.
    /// </summary>
    public DeterminationView Fix(Actor actor, string cycleId, IfMatch ifMatch)
    {
        var percent = tolerance.Get().Percent;
        var view = writes.Write(actor, changes =>
        {
            var (cycle, proposed) = Existing(changes, cycleId, (a, c) => Permissions.RequireDomainManager(a, c.DomainId, "fix the list"));
            var beyond = proposed.Tiers.Where(t => t.IsBeyond(percent)).Select(t => t.Tier).ToList();
            if (beyond.Count > 0 && !actor.IsTalentOffice)
            {
                var awaiting = changes.Change(Determination.Kind, cycleId, ifMatch, new RecordStep<Determination>
                {
                    Action = "determination.approval-requested",
                    Require = (_, d) => RequireOpen(cycle, d, DeterminationStatus.Proposed, "fix the list", "only a proposed list is fixed"),
                    Apply = (_, d) =>
                    {
                        d.TolerancePercent = percent;
                        d.TiersBeyondTolerance = beyond;
                        d.Status = DeterminationStatus.AwaitingApproval;
                    },
                });
                return DeterminationView.Of(awaiting, percent);
            }

            return Finalize(changes, cycle, ifMatch, DeterminationStatus.Proposed, "fix the list", "only a proposed list is fixed", d =>
            {
                d.TolerancePercent = percent;
                d.TiersBeyondTolerance = beyond;
                if (beyond.Count > 0)
                {
                    d.ApprovedBy = actor.AccountId;
                }
            });
        });
        totals.Invalidate();
        return view;
    }

    /// <summary>The Talent Office approves a list beyond tolerance: it is fixed.</summary>
    public DeterminationView Approve(Actor actor, string cycleId, IfMatch ifMatch)
    {
        var view = writes.Write(actor, changes =>
        {
            var (cycle, _) = Existing(changes, cycleId, (a, _) => Permissions.RequireTalentOffice(a, "approve a list beyond the quota tolerance"));
            return Finalize(changes, cycle, ifMatch, DeterminationStatus.AwaitingApproval, "approve the list", "only a list awaiting approval is approved",
                d => d.ApprovedBy = actor.AccountId);
        });
        totals.Invalidate();
        return view;
    }

    /// <summary>The Talent Office returns a list beyond tolerance to the bureau (proposed again).</summary>
    public DeterminationView Return(Actor actor, string cycleId, IfMatch ifMatch, ReturnRequest request) =>
        writes.Write(actor, changes =>
        {
            var (cycle, _) = Existing(changes, cycleId, (a, _) => Permissions.RequireTalentOffice(a, "return a list beyond the quota tolerance"));
            var returned = changes.Change(Determination.Kind, cycleId, ifMatch, new RecordStep<Determination>
            {
                Action = "determination.returned",
                Require = (_, d) => RequireOpen(cycle, d, DeterminationStatus.AwaitingApproval, "return the list", "only a list awaiting approval is returned"),
                Validate = (_, _, errors) =>
                {
                    if (string.IsNullOrWhiteSpace(request.Reason))
                    {
                        errors.Add("reason", "Say why the list is returned.");
                    }
                },
                Apply = (_, d) =>
                {
                    d.Status = DeterminationStatus.Proposed;
                    d.ReturnedReason = request.Reason!.Trim();
                },
            });
            return DeterminationView.Of(returned, returned.TolerancePercent);
        });

    /// <summary>
    /// The cycle (404) the caller may act on (403) and its proposed list. Without one the step is out of
    /// order (409): there is no list whose ETag the caller could hold.
    /// </summary>
    private static (Cycle Cycle, Determination Determination) Existing(ChangeSet changes, string cycleId, Action<Actor, Cycle> authorize)
    {
        var cycle = changes.Load(Cycle.Kind, cycleId);
        authorize(changes.Actor, cycle);
        var d = changes.Records(Determination.Set).Find(cycleId)
            ?? throw new StepOutOfOrderException($"No list is proposed for '{cycleId}' yet (PUT /api/cycles/{cycleId}/determination).");
        return (cycle, d);
    }

    /// <summary>Fixes the list, marks the cycle's panel-passed nominations selected or not, and moves the cycle to determined.</summary>
    private static DeterminationView Finalize(
        ChangeSet changes, Cycle cycle, IfMatch ifMatch, DeterminationStatus from, string step, string only, Action<Determination> decide)
    {
        var d = changes.Change(Determination.Kind, cycle.Id, ifMatch, new RecordStep<Determination>
        {
            Action = "determination.fixed",
            Require = (c, d) =>
            {
                RequireOpen(cycle, d, from, step, only);
                // Checked again: a re-screening since the list was proposed may have found a nominee ineligible.
                var nominations = c.Records(Nomination.Set);
                RefuseUnselectable(d.Tiers.SelectMany(t => t.NominationIds)
                    .Select(id => (Id: id, Nomination: nominations.Find(id)))
                    .Where(s => s.Nomination is null || Unselectable(s.Nomination) is not null)
                    .Select(s => s.Nomination is { } n ? $"{n.PersonName} ('{n.Id}'): {Unselectable(n)}" : $"'{s.Id}': a nomination no longer there")
                    .ToList());
            },
            Apply = (c, d) =>
            {
                decide(d);
                d.Status = DeterminationStatus.Fixed;
                d.FixedBy = c.Actor.AccountId;
                d.FixedUtc = c.Clock.UtcNow;
            },
        });

        var selected = d.Tiers.SelectMany(t => t.NominationIds).ToHashSet(StringComparer.Ordinal);
        foreach (var n in changes.Records(Nomination.Set).List(new RecordQuery(PanelPassedIn(cycle.Id))))
        {
            changes.ChangeRelated(Nomination.Kind, n, selected.Contains(n.Id) ? Select : PassOver);
        }

        changes.ChangeRelated(Cycle.Kind, cycle, Determine);
        return DeterminationView.Of(d, d.TolerancePercent);
    }

    /// <summary>Refuses (409) a list step unless the cycle is reviewing and the list is at <paramref name="status"/>.</summary>
    private static void RequireOpen(Cycle cycle, Determination d, DeterminationStatus status, string step, string only)
    {
        CycleRules.RequireStage(cycle, step, CycleStage.Reviewing);
        if (d.Status != status)
        {
            throw new StepOutOfOrderException($"The list of '{d.Id}' is {WireNames.Of(d.Status)}; {only}.");
        }
    }

    /// <summary>The cycle's state allows a proposal (409 otherwise): reviewing, its domain served, every nominee named selectable. Returns the domain's tiers and quotas.</summary>
    private Dictionary<string, int?> RequireProposable(ChangeSet changes, Cycle cycle, IReadOnlyList<TierSelection> selections)
    {
        CycleRules.RequireStage(cycle, "propose the list", CycleStage.Reviewing);
        var tiers = Tiers(cycle.DomainId);
        var nominations = changes.Records(Nomination.Set);
        // Ids that name no nomination of the cycle are bad input (400, in Validate), not a state.
        RefuseUnselectable(selections.SelectMany(t => t.NominationIds ?? [])
            .Distinct(StringComparer.Ordinal)
            .Select(nominations.Find)
            .OfType<Nomination>()
            .Where(n => n.CycleId == cycle.Id && Unselectable(n) is not null)
            .Select(n => $"{n.PersonName} ('{n.Id}'): {Unselectable(n)}")
            .ToList());
        return tiers;
    }

    private static void ValidateSelections(ChangeSet changes, Cycle cycle, Dictionary<string, int?> tiers, IReadOnlyList<TierSelection> selections, FieldErrors errors)
    {
        var nominations = changes.Records(Nomination.Set);
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
                var n = nominations.Find(ids[j]);
                if (!seen.Add(ids[j]))
                {
                    errors.Add($"tiers[{i}].nominationIds[{j}]", $"'{ids[j]}' is selected twice.");
                }
                else if (n is null || n.CycleId != cycle.Id)
                {
                    errors.Add($"tiers[{i}].nominationIds[{j}]", $"'{ids[j]}' is not a nomination of '{cycle.Id}'.");
                }
                else if (s.Tier is not null && n.Tier != s.Tier)
                {
                    errors.Add($"tiers[{i}].nominationIds[{j}]", $"{n.PersonName} ('{n.Id}') applied for the tier '{n.Tier}'.");
                }
            }
        }
    }

    /// <summary>Puts the selections on the list, per tier with its quota, as proposed by the caller now.</summary>
    private static Determination Fill(ChangeSet changes, Determination d, Dictionary<string, int?> tiers, IReadOnlyList<TierSelection> selections, int percent)
    {
        d.Tiers = tiers.Select(t => new DeterminedTier
        {
            Tier = t.Key,
            Quota = t.Value,
            NominationIds = selections.FirstOrDefault(s => s.Tier == t.Key)?.NominationIds?.ToList() ?? [],
        }).ToList();
        d.Status = DeterminationStatus.Proposed;
        d.ProposedBy = changes.Actor.AccountId;
        d.ProposedUtc = changes.Clock.UtcNow;
        d.ApprovedBy = null;
        d.TolerancePercent = percent;
        d.TiersBeyondTolerance = d.Tiers.Where(t => t.IsBeyond(percent)).Select(t => t.Tier).ToList();
        return d;
    }

    private static Filter PanelPassedIn(string cycleId) =>
        Filter.Eq<Nomination>(n => n.CycleId, cycleId) & Filter.Eq<Nomination>(n => n.Status, NominationStatus.PanelPassed);

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
}
