using Kunpeng.Host.Problems;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Cycles;
using Kunpeng.Host.Workflow.Writing;
using Kunpeng.Registry;

namespace Kunpeng.Host.Workflow.Tasks;

/// <summary>
/// Step 9, the task decomposition table per bureau (domain) and cycle, and the overdue list:
/// deadline passed on the district's date (<see cref="ProgrammeClock"/>) and not done.
/// </summary>
public sealed class TaskTableService(IRegistry registry, RecordWrites writes, RecordReads reads, ProgrammeClock clock)
{
    /// <summary>The indexes the task lists filter and sort by.</summary>
    public static IEnumerable<IndexDefinition> Indexes =>
    [
        IndexDefinition.On(DecompositionTask.Set, t => t.CycleId),
        IndexDefinition.On(DecompositionTask.Set, t => t.DomainId),
        IndexDefinition.On(DecompositionTask.Set, t => t.Deadline),
        IndexDefinition.On(DecompositionTask.Set, t => t.Status),
    ];

    public DateOnly Today => clock.Today;

    public static bool IsOverdue(DecompositionTask task, DateOnly today) =>
        task.Status != DecompositionTaskStatus.Done && task.Deadline < today;

    /// <summary>Adds a row to the cycle's table; refused (409) once the cycle is closed.</summary>
    public DecompositionTask Create(Actor actor, string cycleId, TaskInput input)
    {
        TaskFields? fields = null;
        return writes.Create(actor, DecompositionTask.Kind, new NewRecordStep<Cycle, DecompositionTask>
        {
            Action = "task.created",
            Parent = c => c.Load(Cycle.Kind, cycleId),
            Authorize = (a, cycle) => Permissions.RequireDomainManager(a, cycle.DomainId, "add to the task table"),
            Require = (_, cycle) => RequireOpen(cycle),
            Validate = (_, cycle, errors) => fields = ReadTask(input, cycle.Year, DecompositionTaskStatus.Planned, errors),
            Build = (c, cycle) => fields!.Fill(new DecompositionTask
            {
                Id = Guid.NewGuid().ToString("N"),
                CycleId = cycle.Id,
                DomainId = cycle.DomainId,
                Year = cycle.Year,
                CreatedUtc = c.Clock.UtcNow,
                CreatedBy = c.Actor.AccountId,
            }, c.Clock.UtcNow),
        });
    }

    /// <summary>Replaces a row (If-Match), e.g. to move its status.</summary>
    public DecompositionTask Update(Actor actor, string taskId, IfMatch ifMatch, TaskInput input)
    {
        TaskFields? fields = null;
        return writes.Change(actor, DecompositionTask.Kind, taskId, ifMatch, new RecordStep<DecompositionTask>
        {
            Action = "task.updated",
            Authorize = (a, task) => Permissions.RequireDomainManager(a, task.DomainId, "change the task table"),
            Require = (c, task) => RequireOpen(c.Load(Cycle.Kind, task.CycleId)),
            Validate = (_, task, errors) => fields = ReadTask(input, task.Year, task.Status, errors),
            Apply = (c, task) => fields!.Fill(task, c.Clock.UtcNow),
        });
    }

    public DecompositionTask Get(Actor actor, string taskId)
    {
        var task = reads.Get(actor, DecompositionTask.Kind, taskId);
        Permissions.RequireDomainManager(actor, task.DomainId, "see the task table");
        return task;
    }

    /// <summary>Rows by domain, cycle and status, by deadline; <paramref name="overdueOnly"/> keeps the overdue ones.</summary>
    public PagedList<DecompositionTask> List(
        Actor actor, string? domainId, string? cycleId, DecompositionTaskStatus? status, bool overdueOnly, Paging paging)
    {
        var domain = Permissions.ListScope(actor, domainId, "tasks");
        var filter = Filter.All(
            domain is null ? null : Filter.Eq<DecompositionTask>(t => t.DomainId, domain),
            cycleId is null ? null : Filter.Eq<DecompositionTask>(t => t.CycleId, cycleId),
            status is null ? null : Filter.Eq<DecompositionTask>(t => t.Status, status.Value),
            overdueOnly ? Filter.NotEq(nameof(DecompositionTask.Status), DecompositionTaskStatus.Done) : null,
            overdueOnly ? Filter.AtMost(nameof(DecompositionTask.Deadline), Today.AddDays(-1)) : null);
        return registry.Read(DecompositionTask.Set).Page(filter, new SortKey(nameof(DecompositionTask.Deadline)), paging);
    }

    private static void RequireOpen(Cycle cycle)
    {
        CycleRules.RequireWritable(cycle);
        if (cycle.Stage == CycleStage.Closed)
        {
            throw new StepOutOfOrderException($"Cycle '{cycle.Id}' is closed: its task table is kept as it was.");
        }
    }

    private static TaskFields? ReadTask(TaskInput input, int year, DecompositionTaskStatus current, FieldErrors errors)
    {
        var name = errors.Text("task", input.Task, 500);
        var duty = errors.Text("duty", input.Duty, 1000);
        var target = errors.Text("target", input.Target, 1000);
        var deadline = errors.Date("deadline", input.Deadline);
        if (deadline is { } d && (d.Year < year - 1 || d.Year > year + 1))
        {
            errors.Add("deadline", $"Must fall within a year of the cycle year {year}.");
        }

        var leader = errors.Text("responsibleLeader", input.ResponsibleLeader, 100);
        var status = errors.Enum<DecompositionTaskStatus>("status", input.Status, required: false) ?? current;
        return errors.Any ? null : new TaskFields(name!, duty!, target!, deadline!.Value, leader!, status);
    }

    /// <summary>A task row request once checked.</summary>
    private sealed record TaskFields(string Task, string Duty, string Target, DateOnly Deadline, string ResponsibleLeader, DecompositionTaskStatus Status)
    {
        public DecompositionTask Fill(DecompositionTask task, DateTime now)
        {
            task.Task = Task;
            task.Duty = Duty;
            task.Target = Target;
            task.Deadline = Deadline;
            task.ResponsibleLeader = ResponsibleLeader;
            if (Status != task.Status)
            {
                task.DoneUtc = Status == DecompositionTaskStatus.Done ? now : null;
                task.Status = Status;
            }

            return task;
        }
    }
}
