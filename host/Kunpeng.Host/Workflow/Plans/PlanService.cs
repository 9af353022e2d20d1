using Kunpeng.Host.Workflow.Audit;
using Kunpeng.Abstractions;
using Kunpeng.Host.Api.Models;
using Kunpeng.Host.Problems;
using Kunpeng.Host.Registry;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Cycles;
using LiteDB;

namespace Kunpeng.Host.Workflow.Plans;

/// <summary>
/// Step 6, the annual plan: drafted after the determination is fixed, submitted, approved where the
/// domain requires it, and filed with the Talent Office, which moves the cycle to Implementing.
/// </summary>
public sealed class PlanService(RegistryDatabase registry, AuditTrail audit, IDomainTermsSource terms, TimeProvider clock)
{
    public const string Collection = "plans";

    public static void EnsureIndexes(LiteDatabase db)
    {
        var plans = db.GetCollection<AnnualPlan>(Collection);
        plans.EnsureIndex(p => p.CycleId);
        plans.EnsureIndex(p => p.DomainId);
        plans.EnsureIndex(p => p.Year);
        plans.EnsureIndex(p => p.Status);
    }

    /// <summary>
    /// Starts the next revision. Revision 1 takes its trainees from the fixed determination; a later
    /// revision starts as a copy of the filed one. Refused (409) before the determination is fixed,
    /// while another revision is still open, or once the cycle is past implementation.
    /// </summary>
    public AnnualPlan Create(Actor actor, string cycleId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return registry.Write(db =>
        {
            var cycle = CycleGuards.LoadCycle(db, cycleId);
            CycleSteps.RequireDomainManager(actor, cycle.DomainId);
            CycleGuards.RequireStage(cycle, "draft an annual plan", CycleStage.Determined, CycleStage.Implementing);
            var determination = CycleSteps.FixedDetermination(db, cycle, "draft an annual plan");
            var domain = RequireTerms(cycle.DomainId);

            var plans = db.GetCollection<AnnualPlan>(Collection);
            var revisions = plans.Find(p => p.CycleId == cycleId).OrderBy(p => p.Revision).ToList();
            var open = revisions.FirstOrDefault(p => p.Status is PlanStatus.Draft or PlanStatus.Submitted or PlanStatus.Approved);
            if (open is not null)
            {
                throw new StepOutOfOrderException($"Revision {open.Revision} ('{open.Id}') is still {WireNames.Of(open.Status)}: finish or edit it before starting another.");
            }

            var filed = revisions.LastOrDefault(p => p.Status == PlanStatus.Filed);
            var revision = revisions.Count == 0 ? 1 : revisions.Max(p => p.Revision) + 1;
            var selected = CycleSteps.Selected(db, determination);
            var plan = new AnnualPlan
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
                Targets = PlanTarget.From(domain),
                ApprovalRequired = domain.PlanApprovalRequired,
                DraftingBodyZh = domain.BodyFor(BodyRole.DraftsPlan)?.NameZh ?? "",
                ApprovingBodyZh = domain.PlanApprovalRequired ? domain.BodyFor(BodyRole.ApprovesPlan)?.NameZh : null,
                FilingBodyZh = domain.BodyFor(BodyRole.FilesPlan)?.NameZh ?? "",
                CreatedUtc = now,
                CreatedBy = actor.AccountId,
                Supersedes = filed?.Id,
            };
            plans.Insert(plan);
            audit.Record(db, actor, revision == 1 ? "plan.created" : "plan.revision-started", "plan", plan.Id, plan.DomainId, null, plan);
            return plan;
        });
    }

    public AnnualPlan Get(Actor actor, string planId)
    {
        var plan = registry.Database.GetCollection<AnnualPlan>(Collection).FindById(planId) ?? throw new NotFoundException("Plan", planId);
        CycleSteps.RequireDomainManager(actor, plan.DomainId);
        return plan;
    }

    /// <summary>Every revision of a cycle's plan, oldest first.</summary>
    public IReadOnlyList<AnnualPlan> Revisions(Actor actor, string cycleId)
    {
        var cycle = CycleGuards.LoadCycle(registry.Database, cycleId);
        CycleSteps.RequireDomainManager(actor, cycle.DomainId);
        return registry.Database.GetCollection<AnnualPlan>(Collection).Find(p => p.CycleId == cycleId).OrderBy(p => p.Revision).ToList();
    }

    /// <summary>Plans by domain, cycle, year and status, newest cycle first.</summary>
    public PagedList<AnnualPlan> List(Actor actor, string? domainId, string? cycleId, int? year, PlanStatus? status, Paging paging)
    {
        var domain = CycleSteps.ListScope(actor, domainId);
        var query = registry.Database.GetCollection<AnnualPlan>(Collection).Query();
        if (domain is not null)
        {
            query = query.Where(p => p.DomainId == domain);
        }

        if (cycleId is not null)
        {
            query = query.Where(p => p.CycleId == cycleId);
        }

        if (year is not null)
        {
            query = query.Where(p => p.Year == year.Value);
        }

        if (status is not null)
        {
            query = query.Where(Query.EQ(nameof(AnnualPlan.Status), status.Value.ToString()));
        }

        return query.Page(paging, q => q.OrderByDescending(p => p.Id));
    }

    /// <summary>Replaces a draft's trainings and notes. A plan past draft is refused (409); a filed one is frozen.</summary>
    public AnnualPlan Update(Actor actor, string planId, int ifMatch, PlanContent content)
    {
        return registry.Write(db =>
        {
            var (plan, cycle) = Load(db, actor, planId);
            CycleGuards.RequireWritable(cycle);
            RequireStatus(plan, "edit", PlanStatus.Draft);
            WorkflowGuards.RequireVersion("Plan", plan.Id, plan.Version, ifMatch);
            var items = ValidateItems(content, cycle, RequireTerms(plan.DomainId));

            var before = CycleSteps.Copy(plan);
            plan.Items = items;
            plan.TotalBudgetCny = items.Sum(i => i.BudgetCny);
            plan.Notes = string.IsNullOrWhiteSpace(content.Notes) ? null : content.Notes.Trim();
            plan.Version++;
            db.GetCollection<AnnualPlan>(Collection).Update(plan);
            audit.Record(db, actor, "plan.updated", "plan", plan.Id, plan.DomainId, before, plan);
            return plan;
        });
    }

    /// <summary>The drafting body submits the draft: it needs at least one training.</summary>
    public AnnualPlan Submit(Actor actor, string planId, int ifMatch)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return Step(actor, planId, ifMatch, "submit", [PlanStatus.Draft], "plan.submitted", plan =>
        {
            if (plan.Items.Count == 0)
            {
                throw new InputValidationException("items", "A plan needs at least one training before it is submitted.");
            }

            plan.Status = PlanStatus.Submitted;
            plan.Submitted = SignOff(actor, plan.DraftingBodyZh, now);
            plan.ReturnReason = null;
        });
    }

    /// <summary>
    /// The approving body (e.g. 区教育局) approves a submitted plan. Refused (409) where the domain
    /// requires no approval, and (403) when the account that submitted it tries to approve it.
    /// </summary>
    public AnnualPlan Approve(Actor actor, string planId, int ifMatch)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return Step(actor, planId, ifMatch, "approve", [PlanStatus.Submitted], "plan.approved", plan =>
        {
            if (!plan.ApprovalRequired)
            {
                throw new StepOutOfOrderException($"The rules of '{plan.DomainId}' require no approval of the annual plan: file it directly.");
            }

            if (plan.Submitted?.ActorId == actor.AccountId && !actor.IsTalentOffice)
            {
                throw new ForbiddenException($"The plan was submitted by you for {plan.DraftingBodyZh}; its approval belongs to {plan.ApprovingBodyZh} and needs another officer.");
            }

            plan.Status = PlanStatus.Approved;
            plan.Approved = SignOff(actor, plan.ApprovingBodyZh ?? "", now);
        });
    }

    /// <summary>Sends a submitted or approved (not yet filed) plan back to draft, with a reason.</summary>
    public AnnualPlan Return(Actor actor, string planId, int ifMatch, PlanReturn request)
    {
        var errors = new FieldErrors();
        var reason = errors.Text("reason", request.Reason);
        errors.ThrowIfAny();
        return Step(actor, planId, ifMatch, "return", [PlanStatus.Submitted, PlanStatus.Approved], "plan.returned", plan =>
        {
            plan.Status = PlanStatus.Draft;
            plan.Submitted = null;
            plan.Approved = null;
            plan.ReturnReason = reason;
        });
    }

    /// <summary>
    /// Files the plan with the Talent Office (报区人才办备案): after approval where required, else after
    /// submission. The first filing moves the cycle Determined → Implementing; filing a later revision
    /// supersedes the one filed before.
    /// </summary>
    public AnnualPlan File(Actor actor, string planId, int ifMatch)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return registry.Write(db =>
        {
            var (plan, cycle) = Load(db, actor, planId);
            CycleGuards.RequireStage(cycle, "file the annual plan", CycleStage.Determined, CycleStage.Implementing);
            var ready = plan.ApprovalRequired ? PlanStatus.Approved : PlanStatus.Submitted;
            RequireStatus(plan, "file", ready);
            WorkflowGuards.RequireVersion("Plan", plan.Id, plan.Version, ifMatch);

            var plans = db.GetCollection<AnnualPlan>(Collection);
            var before = CycleSteps.Copy(plan);
            plan.Status = PlanStatus.Filed;
            plan.Filed = SignOff(actor, plan.FilingBodyZh, now);
            if (terms.Find(plan.DomainId) is { Measures: not null } current)
            {
                plan.Targets = PlanTarget.From(current);
            }

            plan.Version++;

            var previous = plans.Find(p => p.CycleId == plan.CycleId && p.Id != plan.Id)
                .FirstOrDefault(p => p.Status == PlanStatus.Filed);
            if (previous is not null)
            {
                var previousBefore = CycleSteps.Copy(previous);
                previous.Status = PlanStatus.Superseded;
                previous.SupersededBy = plan.Id;
                previous.Version++;
                plans.Update(previous);
                audit.Record(db, actor, "plan.superseded", "plan", previous.Id, previous.DomainId, previousBefore, previous);
                plan.Supersedes = previous.Id;
            }

            plans.Update(plan);
            audit.Record(db, actor, "plan.filed", "plan", plan.Id, plan.DomainId, before, plan);
            if (cycle.Stage == CycleStage.Determined)
            {
                CycleSteps.MoveStage(db, audit, actor, cycle, CycleStage.Implementing, "cycle.implementing");
            }

            return plan;
        });
    }

    /// <summary>The filed revision of a cycle's plan, or null.</summary>
    public static AnnualPlan? FiledRevision(LiteDatabase db, string cycleId) =>
        db.GetCollection<AnnualPlan>(Collection).Find(p => p.CycleId == cycleId).FirstOrDefault(p => p.Status == PlanStatus.Filed);

    /// <summary>The latest revision of a cycle's plan, or null.</summary>
    public static AnnualPlan? LatestRevision(LiteDatabase db, string cycleId) =>
        db.GetCollection<AnnualPlan>(Collection).Find(p => p.CycleId == cycleId).MaxBy(p => p.Revision);

    private AnnualPlan Step(Actor actor, string planId, int ifMatch, string step, PlanStatus[] from, string action, Action<AnnualPlan> change) =>
        registry.Write(db =>
        {
            var (plan, cycle) = Load(db, actor, planId);
            CycleGuards.RequireStage(cycle, $"{step} the annual plan", CycleStage.Determined, CycleStage.Implementing);
            RequireStatus(plan, step, from);
            WorkflowGuards.RequireVersion("Plan", plan.Id, plan.Version, ifMatch);
            var before = CycleSteps.Copy(plan);
            change(plan);
            plan.Version++;
            db.GetCollection<AnnualPlan>(Collection).Update(plan);
            audit.Record(db, actor, action, "plan", plan.Id, plan.DomainId, before, plan);
            return plan;
        });

    private static (AnnualPlan Plan, Cycle Cycle) Load(LiteDatabase db, Actor actor, string planId)
    {
        var plan = db.GetCollection<AnnualPlan>(Collection).FindById(planId) ?? throw new NotFoundException("Plan", planId);
        CycleSteps.RequireDomainManager(actor, plan.DomainId);
        return (plan, CycleGuards.LoadCycle(db, plan.CycleId));
    }

    private static void RequireStatus(AnnualPlan plan, string step, params PlanStatus[] allowed)
    {
        if (allowed.Contains(plan.Status))
        {
            return;
        }

        var why = plan.Status switch
        {
            PlanStatus.Filed => "it is filed, and a filed plan is frozen: start a new revision (POST /api/cycles/{cycleId}/plans) to change it",
            PlanStatus.Superseded => "it has been superseded by a later revision",
            _ => $"it is {WireNames.Of(plan.Status)}, and this needs {string.Join(" or ", allowed.Select(a => WireNames.Of(a)))}",
        };
        var problem = new StepOutOfOrderException($"Cannot {step} plan '{plan.Id}': {why}.");
        problem.Extensions["planStatus"] = WireNames.Of(plan.Status);
        throw problem;
    }

    private DomainTerms RequireTerms(string domainId) =>
        terms.Find(domainId) ?? throw new DomainUnavailableException(domainId);

    private static List<PlanItem> ValidateItems(PlanContent content, Cycle cycle, DomainTerms domain)
    {
        var errors = new FieldErrors();
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
                    Start = ProgrammeCalendar.ToStored(start.Value),
                    End = ProgrammeCalendar.ToStored(end.Value),
                    BudgetCny = decimal.Round(budget, 2),
                });
            }
        }

        errors.ThrowIfAny();
        return items;
    }

    private static PlanItem CopyItem(PlanItem i) => new()
    {
        MeasureId = i.MeasureId, MeasureTitleZh = i.MeasureTitleZh, Title = i.Title, FormZh = i.FormZh,
        Start = i.Start, End = i.End, BudgetCny = i.BudgetCny,
    };

    private static PlanSignOff SignOff(Actor actor, string body, DateTime now) => new()
    {
        ActorId = actor.AccountId, ActorName = actor.Name, Role = actor.Role, BodyZh = body, AtUtc = now,
    };
}
