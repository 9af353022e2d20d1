using Kunpeng.Host.Workflow.Writing;
using Kunpeng.Registry;

namespace Kunpeng.Host.Workflow.Tasks;

/// <summary>
/// A row of a bureau's task decomposition table (任务分解表) for a cycle (<c>tasks</c>): task, duty
/// (工作职责), target (任务目标), deadline (完成时限), responsible leader (责任领导) and status.
/// </summary>
public sealed class DecompositionTask : IVersionedRecord
{
    public static readonly RecordSet<DecompositionTask> Set = new("tasks");

    /// <summary>Known to the domain's managers; each step refuses (403) a bureau officer of another domain.</summary>
    public static readonly RecordKind<DecompositionTask> Kind = new()
    {
        Set = Set,
        EntityType = "task",
        Title = "Task",
        DomainOf = t => t.DomainId,
        CanSee = (_, _) => true,
    };

    public string Id { get; set; } = "";
    public string CycleId { get; set; } = "";
    public string DomainId { get; set; } = "";
    public int Year { get; set; }
    public string Task { get; set; } = "";
    public string Duty { get; set; } = "";
    public string Target { get; set; } = "";
    public DateOnly Deadline { get; set; }
    public string ResponsibleLeader { get; set; } = "";
    public DecompositionTaskStatus Status { get; set; } = DecompositionTaskStatus.Planned;
    /// <summary>When it was marked done.</summary>
    public DateTime? DoneUtc { get; set; }
    public DateTime CreatedUtc { get; set; }
    public string CreatedBy { get; set; } = "";
    public int Version { get; set; } = 1;
}

/// <summary>Where a task stands.</summary>
public enum DecompositionTaskStatus
{
    Planned,
    InProgress,
    Done,
}

/// <summary>A task row (created or replaced whole).</summary>
/// <param name="Task">The task.</param>
/// <param name="Duty">Duty (工作职责).</param>
/// <param name="Target">Target (任务目标).</param>
/// <param name="Deadline">Deadline (完成时限), yyyy-MM-dd.</param>
/// <param name="ResponsibleLeader">Responsible leader (责任领导).</param>
/// <param name="Status">planned, in-progress or done (default planned).</param>
public sealed record TaskInput(string? Task, string? Duty, string? Target, string? Deadline, string? ResponsibleLeader, string? Status);

/// <summary>A task row.</summary>
/// <param name="Id">Id.</param>
/// <param name="CycleId">Cycle.</param>
/// <param name="DomainId">Domain (the bureau's).</param>
/// <param name="Year">Cycle year.</param>
/// <param name="Task">Task.</param>
/// <param name="Duty">Duty.</param>
/// <param name="Target">Target.</param>
/// <param name="Deadline">Deadline.</param>
/// <param name="ResponsibleLeader">Responsible leader.</param>
/// <param name="Status">planned, in-progress or done.</param>
/// <param name="Overdue">Deadline passed (China time) and not done.</param>
/// <param name="DoneUtc">When marked done.</param>
/// <param name="Version">Also the ETag.</param>
public sealed record TaskView(
    string Id, string CycleId, string DomainId, int Year, string Task, string Duty, string Target, DateOnly Deadline, string ResponsibleLeader,
    DecompositionTaskStatus Status, bool Overdue, DateTime? DoneUtc, int Version)
{
    public static TaskView Of(DecompositionTask t, DateOnly today) => new(
        t.Id, t.CycleId, t.DomainId, t.Year, t.Task, t.Duty, t.Target, t.Deadline, t.ResponsibleLeader,
        t.Status, TaskTableService.IsOverdue(t, today), t.DoneUtc, t.Version);
}
