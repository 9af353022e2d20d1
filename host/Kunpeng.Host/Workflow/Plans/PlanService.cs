using Kunpeng.Abstractions;
using Kunpeng.Host.Problems;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Cycles;
using Kunpeng.Host.Workflow.Determinations;
using Kunpeng.Host.Workflow.Nominations;
using Kunpeng.Host.Workflow.Writing;
using Kunpeng.Registry;

namespace Kunpeng.Host.Workflow.Plans;

/// <summary>
/// Step 6, the annual plan: drafted after the determination is fixed, submitted, approved where the
/// domain requires it, and filed with the Talent Office, which moves the cycle to Implementing. Its
/// moves are the plan stage table's (<see cref="PlanStages"/>), every one through the write path.
/// </summary>
public sealed class PlanService(IRegistry registry, RecordWrites writes, RecordReads reads, IDomainTermsSource terms)
{
    /// <summary>The indexes the plan lists filter by.</summary>
    public static IEnumerable<IndexDefinition> Indexes =>
    [
        IndexDefinition.On(AnnualPlan.Set, p => p.CycleId),
        IndexDefinition.On(AnnualPlan.Set, p => p.DomainId),
        IndexDefinition.On(AnnualPlan.Set, p => p.Year),
        IndexDefinition.On(AnnualPlan.Set, p => p.Status),
    ];

    private static readonly RecordStep<Cycle> Implement = new() { Action = CycleStages.Implementing, Apply = (_, _) => { } };

    /// <summary>
    /// Starts the next revision. Revision 1 takes its trainees from the fixed determination; a later
    /// revision starts as a copy of the filed one. Refused (409) before the determination is fixed,
    /// while another revision is still open, or once the cycle is past implementation.
    /// </summary>
    public AnnualPlan Create(Actor actor, string cycleId)
    {
        DomainTerms? domain = null;
        return writes.Write(actor, changes =>
        {
            var revisions = PlanRevisions.Of(changes.Records(AnnualPlan.Set), cycleId);
            var revision = revisions.Count == 0 ? 1 : revisions.Max(p => p.Revision) + 1;
            return changes.Create(AnnualPlan.Kind, new NewRecordStep<Cycle, AnnualPlan>
            {
                Action = revision == 1 ? "plan.created" : "plan.revision-started",
                Parent = c => c.Load(Cycle.Kind, cycleId),
                Authorize = (a, cycle) => Permissions.RequireDomainManager(a, cycle.DomainId, "draft an annual plan"),
                Require = (c, cycle) =>
                {
                    CycleRules.RequireStage(cycle, "draft an annual plan", CycleStage.Determined, CycleStage.Implementing);
                    FixedList.Require(c.Records(Determination.Set), cycle, "draft an annual plan");
                    domain = RequireTerms(cycle.DomainId);
                    if (revisions.FirstOrDefault(p => p.Status is PlanStatus.Draft or PlanStatus.Submitted or PlanStatus.Approved) is { } open)
                    {
                        throw new StepOutOfOrderException($"Revision {open.Revision} ('{open.Id}') is still {WireNames.Of(open.Status)}: finish or edit it before starting another.");
                    }
                },
                Build = (c, cycle) =>
                {
                    var filed = revisions.LastOrDefault(p => p.Status == PlanStatus.Filed);
                    var selected = FixedList.Selected(c.Records(Nomination.Set), FixedList.Require(c.Records(Determination.Set), cycle, "draft an annual plan"));
                    return new AnnualPlan
                    {
                        Id = AnnualPlan.IdFor(cycleId, revision),
                        CycleId = cycleId,
                        DomainId = cycle.DomainId,
                        Year = cycle.Year,
                        Revision = revision,
                        Trainees = selected.Select(s => new PlanTrainee
                        {
                            NominationId = s.NominationId, PersonId = s.PersonId, PersonName = s.PersonName, Tier = s.Tier, Unit = s.Unit,
                        }).ToList(),
                        TraineeCount = selected.Count,
                        Items = filed?.Items.Select(CopyItem).ToList() ?? [],
                        TotalBudgetCny = filed?.TotalBudgetCny ?? 0m,
                        Notes = filed?.Notes,
                        Targets = PlanTarget.From(domain!),
                        ApprovalRequired = domain!.PlanApprovalRequired,
                        DraftingBodyZh = domain.BodyFor(BodyRole.DraftsPlan)?.NameZh ?? "",
                        ApprovingBodyZh = domain.PlanApprovalRequired ? domain.BodyFor(BodyRole.ApprovesPlan)?.NameZh : null,
                        FilingBodyZh = domain.BodyFor(BodyRole.FilesPlan)?.NameZh ?? "",
                        CreatedUtc = c.Clock.UtcNow,
                        CreatedBy = c.Actor.AccountId,
                        Supersedes = filed?.Id,
                    };
                },
            });
        });
    }

    public AnnualPlan Get(Actor actor, string planId)
    {
        var plan = reads.Get(actor, AnnualPlan.Kind, planId);
        Permissions.RequireDomainManager(actor, plan.DomainId, "read the plan");
        return plan;
    }

    /// <summary>Every revision of a cycle's plan, oldest first.</summary>
    public IReadOnlyList<AnnualPlan> Revisions(Actor actor, string cycleId)
    {
        var cycle = reads.Get(actor, Cycle.Kind, cycleId);
        Permissions.RequireDomainManager(actor, cycle.DomainId, "read the plans");
        return PlanRevisions.Of(registry.Read(AnnualPlan.Set), cycleId);
    }

    /// <summary>Plans by domain, cycle, year and status, newest cycle first.</summary>
    public PagedList<AnnualPlan> List(Actor actor, string? domainId, string? cycleId, int? year, PlanStatus? status, Paging paging)
    {
        var domain = Permissions.ListScope(actor, domainId, "plans");
        var filter = Filter.All(
            domain is null ? null : Filter.Eq<AnnualPlan>(p => p.DomainId, domain),
            cycleId is null ? null : Filter.Eq<AnnualPlan>(p => p.CycleId, cycleId),
            year is null ? null : Filter.Eq<AnnualPlan>(p => p.Year, year.Value),
            status is null ? null : Filter.Eq<AnnualPlan>(p => p.Status, status.Value));
        return registry.Read(AnnualPlan.Set).Page(filter, new SortKey(nameof(AnnualPlan.Id), Descending: true), paging);
    }

    /// <summary>Replaces a draft's trainings and notes. A plan past draft is refused (409); a filed one is frozen.</summary>
    public AnnualPlan Update(Actor actor, string planId, IfMatch ifMatch, PlanContent content)
    {
        List<PlanItem> items = [];
        return Step(actor, planId, ifMatch, new RecordStep<AnnualPlan>
        {
            Action = PlanStages.Updated,
            Authorize = (a, p) => Permissions.RequireDomainManager(a, p.DomainId, "edit the plan"),
            Require = (c, p) => CycleRules.RequireWritable(CycleOf(c, p)),
            Validate = (c, p, errors) => items = ValidateItems(content, CycleOf(c, p), RequireTerms(p.DomainId), errors),
            Apply = (_, p) =>
            {
                p.Items = items;
                p.TotalBudgetCny = items.Sum(i => i.BudgetCny);
                p.Notes = string.IsNullOrWhiteSpace(content.Notes) ? null : content.Notes.Trim();
            },
        });
    }

    /// <summary>The drafting body submits the draft: it needs at least one training.</summary>
    public AnnualPlan Submit(Actor actor, string planId, IfMatch ifMatch) =>
        Step(actor, planId, ifMatch, new RecordStep<AnnualPlan>
        {
            Action = PlanStages.Submitted,
            Authorize = (a, p) => Permissions.RequireDomainManager(a, p.DomainId, "submit the plan"),
            Require = (c, p) => RequireCycleOpen(c, p, "submit the annual plan"),
            Validate = (_, p, errors) =>
            {
                if (p.Items.Count == 0)
                {
                    errors.Add("items", "A plan needs at least one training before it is submitted.");
                }
            },
            Apply = (c, p) =>
            {
                p.Submitted = SignOff(c, p.DraftingBodyZh);
                p.ReturnReason = null;
            },
        });

    /// <summary>
    /// The approving body (e.g. 区教育局) approves a submitted plan. Refused (409) where the domain
    /// requires no approval, and (403) when the account that submitted it tries to approve it.
    /// </summary>
    public AnnualPlan Approve(Actor actor, string planId, IfMatch ifMatch) =>
        Step(actor, planId, ifMatch, new RecordStep<AnnualPlan>
        {
            Action = PlanStages.Approved,
            Authorize = (a, p) =>
            {
                Permissions.RequireDomainManager(a, p.DomainId, "approve the plan");
                if (p.Submitted?.ActorId == a.AccountId && !a.IsTalentOffice)
                {
                    throw new ForbiddenException($"The plan was submitted by you for {p.DraftingBodyZh}; its approval belongs to {p.ApprovingBodyZh} and needs another officer.");
                }
            },
            Require = (c, p) =>
            {
                RequireCycleOpen(c, p, "approve the annual plan");
                if (!p.ApprovalRequired)
                {
                    throw new StepOutOfOrderException($"The rules of '{p.DomainId}' require no approval of the annual plan: file it directly.");
                }
            },
            Apply = (c, p) => p.Approved = SignOff(c, p.ApprovingBodyZh ?? ""),
        });

    /// <summary>Sends a submitted or approved (not yet filed) plan back to draft, with a reason.</summary>
    public AnnualPlan Return(Actor actor, string planId, IfMatch ifMatch, PlanReturn request)
    {
        string? reason = null;
        return Step(actor, planId, ifMatch, new RecordStep<AnnualPlan>
        {
            Action = PlanStages.Returned,
            Authorize = (a, p) => Permissions.RequireDomainManager(a, p.DomainId, "return the plan"),
            Require = (c, p) => RequireCycleOpen(c, p, "return the annual plan"),
            Validate = (_, _, errors) => reason = errors.Text("reason", request.Reason),
            Apply = (_, p) =>
            {
                p.Submitted = null;
                p.Approved = null;
                p.ReturnReason = reason;
            },
        });
    }

    /// <summary>
    /// Files the plan with the Talent Office (报区人才办备案): after approval where required, else after
    /// submission. The first filing moves the cycle Determined → Implementing; filing a later revision
    /// supersedes the one filed before.
    /// </summary>
    public AnnualPlan File(Actor actor, string planId, IfMatch ifMatch) =>
        writes.Write(actor, changes =>
        {
            var plan = changes.Change(AnnualPlan.Kind, planId, ifMatch, new RecordStep<AnnualPlan>
            {
                Action = PlanStages.Filed,
                Authorize = (a, p) => Permissions.RequireDomainManager(a, p.DomainId, "file the plan"),
                Require = (c, p) =>
                {
                    RequireCycleOpen(c, p, "file the annual plan");
                    var ready = p.ApprovalRequired ? PlanStatus.Approved : PlanStatus.Submitted;
                    if (p.Status != ready)
                    {
                        var problem = new StepOutOfOrderException($"Cannot file plan '{p.Id}': it is {WireNames.Of(p.Status)}, and this needs {WireNames.Of(ready)}.");
                        problem.Extensions["stage"] = WireNames.Of(p.Status);
                        throw problem;
                    }
                },
                Apply = (c, p) =>
                {
                    p.Filed = SignOff(c, p.FilingBodyZh);
                    if (terms.Find(p.DomainId) is { Measures: not null } current)
                    {
                        p.Targets = PlanTarget.From(current);
                    }

                    if (PlanRevisions.Filed(c.Records(AnnualPlan.Set), p.CycleId) is { } previous && previous.Id != p.Id)
                    {
                        p.Supersedes = previous.Id;
                    }
                },
            });

            if (plan.Supersedes is { } previousId && changes.Records(AnnualPlan.Set).FindForUpdate(previousId) is { Status: PlanStatus.Filed } previous)
            {
                changes.ChangeRelated(AnnualPlan.Kind, previous, new RecordStep<AnnualPlan>
                {
                    Action = PlanStages.Superseded,
                    Apply = (_, p) => p.SupersededBy = plan.Id,
                });
            }

            var cycle = changes.Load(Cycle.Kind, plan.CycleId);
            if (cycle.Stage == CycleStage.Determined)
            {
                changes.ChangeRelated(Cycle.Kind, cycle, Implement);
            }

            return plan;
        });

    private AnnualPlan Step(Actor actor, string planId, IfMatch ifMatch, RecordStep<AnnualPlan> step) =>
        writes.Change(actor, AnnualPlan.Kind, planId, ifMatch, step);

    private static Cycle CycleOf(ChangeSet changes, AnnualPlan plan) => changes.Load(Cycle.Kind, plan.CycleId);

    private static void RequireCycleOpen(ChangeSet changes, AnnualPlan plan, string step) =>
        CycleRules.RequireStage(CycleOf(changes, plan), step, CycleStage.Determined, CycleStage.Implementing);

    private DomainTerms RequireTerms(string domainId) =>
        terms.Find(domainId) ?? throw new DomainUnavailableException(domainId);

    private static List<PlanItem> ValidateItems(PlanContent content, Cycle cycle, DomainTerms domain, FieldErrors errors)
    {
        var items = new List<PlanItem>();
        var inputs = content.Items ?? [];
        if (inputs.Count > 200)
        {
            errors.Add("items", "At most 200 trainings.");
        }

        errors.Text("notes", content.Notes, 4000, required: false);
        for (var i = 0; i < inputs.Count && i < 200; i++)
        {
            var input = inputs[i];
            var at = $"items[{i}]";
            if (input is null)
            {
                errors.Add(at, "Required.");
                continue;
            }

            var measureId = errors.Text($"{at}.measureId", input.MeasureId, 100);
            MeasureTerms? measure = null;
            if (measureId is not null)
            {
                measure = domain.Measure(measureId);
                if (measure is null && domain.RetiredMeasure(measureId) is { } retired)
                {
                    errors.Add($"{at}.measureId", $"'{measureId}' ({retired.TitleZh}) is retired from the catalogue of '{domain.DomainId}' and cannot be newly planned.");
                }
                else if (measure is null)
                {
                    errors.Add($"{at}.measureId", domain.Measures is null
                        ? $"The '{domain.DomainId}' plugin serves no measures catalogue yet, so no measure can be planned."
                        : $"'{measureId}' is not a measure of '{domain.DomainId}'; known: {string.Join(", ", domain.Measures.Select(m => m.Id))}.");
                }
            }

            var title = errors.Text($"{at}.title", input.Title, 200);
            var form = errors.Text($"{at}.form", input.Form, 200, required: measure is { FormsZh.Count: > 0 });
            if (form is not null && measure is { FormsZh.Count: > 0 } && !measure.FormsZh.Contains(form))
            {
                errors.Add($"{at}.form", $"'{form}' is not a form of '{measure.Id}'; its forms: {string.Join("、", measure.FormsZh)}.");
            }

            var start = errors.Date($"{at}.start", input.Start);
            var end = errors.Date($"{at}.end", input.End);
            errors.InYear($"{at}.start", start, cycle.Year);
            errors.InYear($"{at}.end", end, cycle.Year);
            if (start is { } s && end is { } e && e < s)
            {
                errors.Add($"{at}.end", "Must not be before start.");
            }

            if (input.BudgetCny is null)
            {
                errors.Add($"{at}.budgetCny", "Required (CNY, 0 or more).");
            }
            else if (input.BudgetCny < 0 || input.BudgetCny > 100_000_000m)
            {
                errors.Add($"{at}.budgetCny", "Between 0 and 100,000,000 CNY.");
            }

            if (measure is not null && title is not null && start is not null && end is not null && input.BudgetCny is { } budget)
            {
                items.Add(new PlanItem
                {
                    MeasureId = measure.Id,
                    MeasureTitleZh = measure.TitleZh,
                    Title = title,
                    FormZh = form,
                    Start = start.Value,
                    End = end.Value,
                    BudgetCny = decimal.Round(budget, 2),
                });
            }
        }

        return items;
    }

    private static PlanItem CopyItem(PlanItem i) => new()
    {
        MeasureId = i.MeasureId, MeasureTitleZh = i.MeasureTitleZh, Title = i.Title, FormZh = i.FormZh,
        Start = i.Start, End = i.End, BudgetCny = i.BudgetCny,
    };

    private static PlanSignOff SignOff(ChangeSet changes, string body) => new()
    {
        ActorId = changes.Actor.AccountId, ActorName = changes.Actor.Name, Role = changes.Actor.Role, BodyZh = body, AtUtc = changes.Clock.UtcNow,
    };
}
