namespace Kunpeng.Host.Workflow.Implementation;

/// <summary>An activity record.</summary>
/// <param name="Id">Id.</param>
/// <param name="CycleId">Cycle.</param>
/// <param name="DomainId">Domain.</param>
/// <param name="Date">When.</param>
/// <param name="MeasureId">Measure.</param>
/// <param name="MeasureTitleZh">Measure title.</param>
/// <param name="Title">What was held.</param>
/// <param name="Form">Form.</param>
/// <param name="Scope">Target scope it counts for (e.g. 区医院).</param>
/// <param name="Place">Where.</param>
/// <param name="ParticipantNominationIds">Selected nominations who took part.</param>
/// <param name="OtherParticipants">Further participants by headcount.</param>
/// <param name="PhotoIds">Photos.</param>
/// <param name="Notes">Notes.</param>
/// <param name="RecordedUtc">When recorded.</param>
/// <param name="Version">Also the ETag.</param>
public sealed record ActivityView(
    string Id, string CycleId, string DomainId, DateOnly Date, string MeasureId, string MeasureTitleZh, string Title, string? Form,
    string? Scope, string? Place, IReadOnlyList<string> ParticipantNominationIds, int OtherParticipants, IReadOnlyList<string> PhotoIds,
    string? Notes, DateTime RecordedUtc, int Version)
{
    public static ActivityView Of(ActivityRecord a) => new(
        a.Id, a.CycleId, a.DomainId, a.Date, a.MeasureId, a.MeasureTitleZh, a.Title, a.FormZh, a.Scope, a.Place,
        a.ParticipantNominationIds, a.OtherParticipants, a.PhotoIds, a.Notes, a.RecordedUtc, a.Version);
}

/// <summary>A progress report.</summary>
/// <param name="Id">Id.</param>
/// <param name="CycleId">Cycle.</param>
/// <param name="DomainId">Domain.</param>
/// <param name="Period">Period reported on.</param>
/// <param name="Text">The report.</param>
/// <param name="SubmittedUtc">When.</param>
/// <param name="SubmittedBy">Account.</param>
/// <param name="Version">Also the ETag (send it to correct or delete the report).</param>
public sealed record ProgressReportView(string Id, string CycleId, string DomainId, string Period, string Text, DateTime SubmittedUtc, string SubmittedBy, int Version)
{
    public static ProgressReportView Of(ProgressReport r) =>
        new(r.Id, r.CycleId, r.DomainId, r.Period, r.Text, r.SubmittedUtc, r.SubmittedBy, r.Version);
}

/// <summary>The year-end summary.</summary>
/// <param name="CycleId">Cycle (also the summary's id).</param>
/// <param name="DomainId">Domain.</param>
/// <param name="Year">Cycle year.</param>
/// <param name="Text">Written material.</param>
/// <param name="PhotoIds">Work photos.</param>
/// <param name="ActivityIds">Activity records.</param>
/// <param name="Status">submitted, accepted or returned.</param>
/// <param name="DueDate">31 December of the cycle year.</param>
/// <param name="SubmittedUtc">Last submission.</param>
/// <param name="Late">Submitted after the due date.</param>
/// <param name="DaysLate">Days after the due date (China time).</param>
/// <param name="Submissions">Times submitted.</param>
/// <param name="DecidedUtc">When the Talent Office accepted or returned it.</param>
/// <param name="ReturnReason">Why it was returned.</param>
/// <param name="Version">Also the ETag (send it to accept or return).</param>
public sealed record SummaryView(
    string CycleId, string DomainId, int Year, string Text, IReadOnlyList<string> PhotoIds, IReadOnlyList<string> ActivityIds,
    SummaryStatus Status, DateOnly DueDate, DateTime SubmittedUtc, bool Late, int DaysLate, int Submissions, DateTime? DecidedUtc,
    string? ReturnReason, int Version)
{
    public static SummaryView Of(YearEndSummary s) => new(
        s.CycleId, s.DomainId, s.Year, s.Text, s.PhotoIds, s.ActivityIds, s.Status, s.DueDate,
        s.SubmittedUtc, s.Late, s.DaysLate, s.Submissions, s.DecidedUtc, s.ReturnReason, s.Version);
}

/// <summary>A stored work photo.</summary>
/// <param name="Id">Id (GET /api/photos/{id} returns the image).</param>
/// <param name="CycleId">Cycle.</param>
/// <param name="FileName">Original file name.</param>
/// <param name="ContentType">image/jpeg or image/png (from the bytes, not the upload's claim).</param>
/// <param name="Length">Bytes.</param>
/// <param name="Sha256">Hex SHA-256 of the bytes.</param>
/// <param name="UploadedUtc">When.</param>
/// <param name="Caption">What the photo shows (图片说明), or null.</param>
/// <param name="Version">Also the ETag (send it to change the caption).</param>
public sealed record PhotoView(string Id, string CycleId, string FileName, string ContentType, long Length, string Sha256, DateTime UploadedUtc, string? Caption, int Version)
{
    public static PhotoView Of(WorkPhoto p) => new(p.Id, p.CycleId, p.FileName, p.ContentType, p.Length, p.Sha256, p.UploadedUtc, p.Caption, p.Version);
}

/// <summary>A measure target and whether the cycle's activities meet it.</summary>
/// <param name="MeasureId">Measure.</param>
/// <param name="MeasureTitleZh">Measure title.</param>
/// <param name="TargetId">Target.</param>
/// <param name="DescriptionZh">The target in the rules' words.</param>
/// <param name="Scope">Where it is counted (e.g. 区医院), or null for the whole domain.</param>
/// <param name="MinimumPerYear">Activities needed in the cycle year.</param>
/// <param name="Activities">Activities recorded for the measure (and scope) in the cycle year.</param>
/// <param name="Met">Activities ≥ minimum.</param>
public sealed record TargetProgressView(
    string MeasureId, string MeasureTitleZh, string TargetId, string DescriptionZh, string? Scope, int MinimumPerYear, int Activities, bool Met);
