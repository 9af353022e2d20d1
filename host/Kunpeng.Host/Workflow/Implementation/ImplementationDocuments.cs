using Kunpeng.Host.Workflow.Writing;
using Kunpeng.Registry;

namespace Kunpeng.Host.Workflow.Implementation;

/// <summary>An activity carried out under the plan (活动记录; <c>activities</c> collection).</summary>
public sealed class ActivityRecord : IVersionedRecord
{
    /// <summary>The scope an activity states when it was held outside every target scope of its measure (e.g. at a branch): it counts toward none.</summary>
    public const string NoScope = "none";

    public static readonly RecordSet<ActivityRecord> Set = new("activities");

    /// <summary>Known to the domain's managers; each step refuses (403) a bureau officer of another domain.</summary>
    public static readonly RecordKind<ActivityRecord> Kind = new()
    {
        Set = Set,
        EntityType = "activity",
        Title = "Activity",
        DomainOf = r => r.DomainId,
        CanSee = (_, _) => true,
    };

    public string Id { get; set; } = "";
    public string CycleId { get; set; } = "";
    public string DomainId { get; set; } = "";
    public int Year { get; set; }
    public DateOnly Date { get; set; }
    /// <summary>Measure of the domain's catalogue the activity belongs to.</summary>
    public string MeasureId { get; set; } = "";
    public string MeasureTitleZh { get; set; } = "";
    public string Title { get; set; } = "";
    /// <summary>Form, e.g. 典型病例研讨.</summary>
    public string? FormZh { get; set; }
    /// <summary>
    /// Where the target is counted, e.g. 区医院 (a measure target's scope); <see cref="NoScope"/> when the
    /// measure counts per scope and the activity was held outside them; null when the measure's targets are domain-wide.
    /// </summary>
    public string? Scope { get; set; }
    public string? Place { get; set; }
    /// <summary>Selected nominations of the cycle who took part.</summary>
    public List<string> ParticipantNominationIds { get; set; } = [];
    /// <summary>Other participants by headcount (e.g. township hospital staff), not named.</summary>
    public int OtherParticipants { get; set; }
    public List<string> PhotoIds { get; set; } = [];
    public string? Notes { get; set; }
    public DateTime RecordedUtc { get; set; }
    public string RecordedBy { get; set; } = "";
    public int Version { get; set; } = 1;
}

/// <summary>A periodic progress report to the Talent Office (定期报送工作进度; <c>progress_reports</c>).</summary>
public sealed class ProgressReport : IVersionedRecord
{
    public static readonly RecordSet<ProgressReport> Set = new("progress_reports");

    /// <summary>Known to the domain's managers; each step refuses (403) a bureau officer of another domain.</summary>
    public static readonly RecordKind<ProgressReport> Kind = new()
    {
        Set = Set,
        EntityType = "progress-report",
        Title = "Progress report",
        DomainOf = r => r.DomainId,
        CanSee = (_, _) => true,
    };

    public string Id { get; set; } = "";
    public string CycleId { get; set; } = "";
    public string DomainId { get; set; } = "";
    public int Year { get; set; }
    /// <summary>e.g. 2015-Q2, 2015-H1 or 2015-06.</summary>
    public string Period { get; set; } = "";
    public string Text { get; set; } = "";
    public DateTime SubmittedUtc { get; set; }
    public string SubmittedBy { get; set; } = "";
    public int Version { get; set; } = 1;
}

/// <summary>
/// The year-end summary (年底前总结: 文字材料，连同工作照片、活动记录) of a cycle (<c>summaries</c>, id =
/// cycle id). Due by 31 December of the cycle year (China time); one submitted later is accepted and
/// marked late, so the Talent Office sees it and decides, rather than the cycle being stranded.
/// </summary>
public sealed class YearEndSummary : IVersionedRecord
{
    public static readonly RecordSet<YearEndSummary> Set = new("summaries");

    /// <summary>Known to the domain's managers; each step refuses (403) a bureau officer of another domain.</summary>
    public static readonly RecordKind<YearEndSummary> Kind = new()
    {
        Set = Set,
        EntityType = "summary",
        Title = "Summary",
        DomainOf = r => r.DomainId,
        CanSee = (_, _) => true,
    };

    public string Id { get; set; } = "";
    public string CycleId { get; set; } = "";
    public string DomainId { get; set; } = "";
    public int Year { get; set; }
    public string Text { get; set; } = "";
    public List<string> PhotoIds { get; set; } = [];
    public List<string> ActivityIds { get; set; } = [];
    public SummaryStatus Status { get; set; } = SummaryStatus.Submitted;
    public DateOnly DueDate { get; set; }
    public DateTime SubmittedUtc { get; set; }
    public string SubmittedBy { get; set; } = "";
    /// <summary>True when submitted after the due date.</summary>
    public bool Late { get; set; }
    public int DaysLate { get; set; }
    /// <summary>How many times it has been submitted (a returned summary is submitted again).</summary>
    public int Submissions { get; set; } = 1;
    public DateTime? DecidedUtc { get; set; }
    public string? DecidedBy { get; set; }
    /// <summary>Why the Talent Office returned it, when it did.</summary>
    public string? ReturnReason { get; set; }
    public int Version { get; set; } = 1;
}

/// <summary>Where the year-end summary stands.</summary>
public enum SummaryStatus
{
    /// <summary>Submitted; the cycle waits for the Talent Office.</summary>
    Submitted,
    /// <summary>Accepted (验收合格): grants may be released.</summary>
    Accepted,
    /// <summary>Returned with a reason: the cycle is back in implementation.</summary>
    Returned,
}

/// <summary>A work photo's metadata (<c>photos</c>); the bytes are in the registry's <see cref="Bucket"/> file store under the same id.</summary>
public sealed class WorkPhoto : IVersionedRecord
{
    /// <summary>The file store the photos' bytes are kept in, apart from nomination documents.</summary>
    public const string Bucket = "photo";

    public static readonly RecordSet<WorkPhoto> Set = new("photos");

    /// <summary>Known to the domain's managers; each step refuses (403) a bureau officer of another domain.</summary>
    public static readonly RecordKind<WorkPhoto> Kind = new()
    {
        Set = Set,
        EntityType = "photo",
        Title = "Photo",
        DomainOf = r => r.DomainId,
        CanSee = (_, _) => true,
    };

    public string Id { get; set; } = "";
    public string CycleId { get; set; } = "";
    public string DomainId { get; set; } = "";
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Length { get; set; }
    public string Sha256 { get; set; } = "";
    public DateTime UploadedUtc { get; set; }
    public string UploadedBy { get; set; } = "";
    /// <summary>What the photo shows (图片说明), e.g. 区医院典型病例研讨现场; null until given.</summary>
    public string? Caption { get; set; }
    public int Version { get; set; } = 1;
}
