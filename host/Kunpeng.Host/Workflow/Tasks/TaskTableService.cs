using Kunpeng.Host.Workflow.Audit;
using Kunpeng.Host.Api.Models;
using Kunpeng.Host.Problems;
using Kunpeng.Host.Registry;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Cycles;
using Kunpeng.Host.Workflow.Plans;
using LiteDB;

namespace Kunpeng.Host.Workflow.Tasks;

/// <summary>
/// Step 9, the task decomposition table per bureau (domain) and cycle, and the overdue list:
/// deadline passed (on the district's date, from the injected clock) and not done.
/// </summary>
public sealed class TaskTableService(RegistryDatabase registry, AuditTrail audit, TimeProvider clock)
{
    public const string Collection = "tasks";

    public static void EnsureIndexes(LiteDatabase db)
    {
        var tasks = db.GetCollection<DecompositionTask>(Collection);
        tasks.EnsureIndex(t => t.CycleId);
        tasks.EnsureIndex(t => t.DomainId);
        tasks.EnsureIndex(t => t.Deadline);
        tasks.EnsureIndex(t => t.Status);
    }

    public DateOnly Today => ProgrammeCalendar.Today(clock);

    public static bool IsOverdue(DecompositionTask task, DateOnly today) =>
        task.Status != DecompositionTaskStatus.Done && ProgrammeCalendar.FromStored(task.Deadline) < today;

    /// <summary>Adds a row to the cycle's table; refused (409) once the cycle is closed.</summary>
    public DecompositionTask Create(Actor actor, string cycleId, TaskInput input)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return registry.Write(db =>
        {
            var cycle = CycleGuards.LoadCycle(db, cycleId);
            CycleSteps.RequireDomainManager(actor, cycle.DomainId);
            RequireOpen(cycle);
            var task = new DecompositionTask
            {
                Id = Guid.NewGuid().ToString("N"),
                CycleId = cycle.Id,
                DomainId = cycle.DomainId,
                Year = cycle.Year,
                CreatedUtc = now,
                CreatedBy = actor.AccountId,
            };
            Apply(task, input, now);
            db.GetCollection<DecompositionTask>(Collection).Insert(task);
            audit.Record(db, actor, "task.created", "task", task.Id, task.DomainId, null, task);
            return task;
        });
    }

    /// <summary>Replaces a row (If-Match), e.g. to move its status.</summary>
    public DecompositionTask Update(Actor actor, string taskId, int ifMatch, TaskInput input)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return registry.Write(db =>
        {
            var tasks = db.GetCollection<DecompositionTask>(Collection);
            var task = tasks.FindById(taskId) ?? throw new NotFoundException("Task", taskId);
            CycleSteps.RequireDomainManager(actor, task.DomainId);
            RequireOpen(CycleGuards.LoadCycle(db, task.CycleId));
            WorkflowGuards.RequireVersion("Task", task.Id, task.Version, ifMatch);
            var before = CycleSteps.Copy(task);
            Apply(task, input, now);
            task.Version++;
            tasks.Update(task);
            audit.Record(db, actor, "task.updated", "task", task.Id, task.DomainId, before, task);
            return task;
        });
    }

    public DecompositionTask Get(Actor actor, string taskId)
    {
        var task = registry.Database.GetCollection<DecompositionTask>(Collection).FindById(taskId) ?? throw new NotFoundException("Task", taskId);
        CycleSteps.RequireDomainManager(actor, task.DomainId);
        return task;
    }

    /// <summary>Rows by domain, cycle and status, by deadline; <paramref name="overdueOnly"/> keeps the overdue ones.</summary>
    public PagedList<DecompositionTask> List(
        Actor actor, string? domainId, string? cycleId, DecompositionTaskStatus? status, bool overdueOnly, Paging paging)
    {
        var domain = CycleSteps.ListScope(actor, domainId);
        var query = registry.Database.GetCollection<DecompositionTask>(Collection).Query();
        if (domain is not null)
        {
            query = query.Where(t => t.DomainId == domain);
        }

        if (cycleId is not null)
        {
            query = query.Where(t => t.CycleId == cycleId);
        }

        if (status is not null)
        {
            query = query.Where(Query.EQ(nameof(DecompositionTask.Status), status.Value.ToString()));
        }

        if (overdueOnly)
        {
            query = query
                .Where(Query.Not(nameof(DecompositionTask.Status), DecompositionTaskStatus.Done.ToString()))
                .Where(Query.LT(nameof(DecompositionTask.Deadline), ProgrammeCalendar.ToStored(Today)));
        }

        return query.Page(paging, q => q.OrderBy(t => t.Deadline));
    }

    private static void RequireOpen(Cycle cycle)
    {
        CycleGuards.RequireWritable(cycle);
        if (cycle.Stage == CycleStage.Closed)
        {
            throw new StepOutOfOrderException($"Cycle '{cycle.Id}' is closed: its task table is kept as it was.");
        }
    }

    private static void Apply(DecompositionTask task, TaskInput input, DateTime now)
    {
        var errors = new FieldErrors();
        var name = errors.Text("task", input.Task, 500);
        var duty = errors.Text("duty", input.Duty, 1000);
        var target = errors.Text("target", input.Target, 1000);
        var deadline = errors.Date("deadline", input.Deadline);
        if (deadline is { } d && (d.Year < task.Year - 1 || d.Year > task.Year + 1))
        {
            errors.Add("deadline", $"Must fall within a year of the cycle year {task.Year}.");
        }

        var leader = errors.Text("responsibleLeader", input.ResponsibleLeader, 100);
        var status = errors.Enum<DecompositionTaskStatus>("status", input.Status, required: false) ?? task.Status;
        errors.ThrowIfAny();

        task.Task = name!;
        task.Duty = duty!;
        task.Target = target!;
        task.Deadline = ProgrammeCalendar.ToStored(deadline!.Value);
        task.ResponsibleLeader = leader!;
        if (status != task.Status)
        {
            task.DoneUtc = status == DecompositionTaskStatus.Done ? now : null;
            task.Status = status;
        }
    }
}
