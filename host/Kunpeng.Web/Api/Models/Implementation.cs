namespace Kunpeng.Web.Api.Models;

/// <summary>A training activity recorded against a measure.</summary>
public sealed record ActivityView(
    string Id, string CycleId, string DomainId, DateOnly Date, string MeasureId, string? MeasureTitleZh, string Title, string? Form, string? Scope,
    string? Place, IReadOnlyList<string> ParticipantNominationIds, int OtherParticipants, IReadOnlyList<string> PhotoIds, string? Notes, int Version);

public sealed record PhotoView(string Id, string CycleId, string FileName, string ContentType, long Length);

public sealed record ProgressReportView(string Id, string CycleId, string DomainId, string Period, string Text, DateTime SubmittedUtc, string? SubmittedBy);

/// <summary>A measure's yearly target and how many activities count towards it.</summary>
public sealed record TargetProgress(string MeasureId, string? MeasureTitleZh, string TargetId, string DescriptionZh, string? Scope, int MinimumPerYear, int Activities, bool Met);

/// <summary>The cycle's year-end summary and the Talent Office's decision on it.</summary>
public sealed record SummaryView(
    string CycleId, string DomainId, int Year, string Text, IReadOnlyList<string> PhotoIds, IReadOnlyList<string> ActivityIds, string Status,
    DateOnly DueDate, DateTime SubmittedUtc, bool Late, int DaysLate, int Submissions, DateTime? DecidedUtc, string? ReturnReason, int Version);

/// <summary>A row of the task decomposition table (任务分解表).</summary>
public sealed record TaskView(
    string Id, string CycleId, string DomainId, int Year, string Task, string? Duty, string? Target, DateOnly Deadline, string? ResponsibleLeader,
    string Status, bool Overdue, DateTime? DoneUtc, int Version);

/// <summary>A symposium, visit or publicity item.</summary>
public sealed record EngagementView(
    string Id, string CycleId, string DomainId, int Year, string Kind, DateOnly Date, string Title, string? Place, string? Outlet,
    IReadOnlyList<string> ParticipantNominationIds, string? Notes, int Version);
