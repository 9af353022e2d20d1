using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Kunpeng.Host.Problems;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Cycles;
using Kunpeng.Host.Workflow.Determinations;
using Kunpeng.Host.Workflow.Nominations;
using Kunpeng.Host.Workflow.Plans;
using Kunpeng.Host.Workflow.Writing;
using Kunpeng.Registry;
using Microsoft.Extensions.Options;

namespace Kunpeng.Host.Workflow.Implementation;

/// <summary>
/// Step 7, implementation: activity records with work photos, periodic progress reports, each
/// measure target's count against its yearly minimum, and the year-end summary, whose submission
/// moves the cycle Implementing → Summarized. Every change goes through the write path.
/// </summary>
public sealed partial class ImplementationService(
    IRegistry registry, RecordWrites writes, RecordReads reads, ProgrammeClock clock, IDomainTermsSource terms, IOptions<PhotoOptions> photoOptions)
{
    /// <summary>The indexes the implementation lists filter by.</summary>
    public static IEnumerable<IndexDefinition> Indexes =>
    [
        IndexDefinition.On(ActivityRecord.Set, a => a.CycleId),
        IndexDefinition.On(ActivityRecord.Set, a => a.DomainId),
        IndexDefinition.On(ActivityRecord.Set, a => a.MeasureId),
        IndexDefinition.On(ProgressReport.Set, r => r.CycleId),
        IndexDefinition.On(ProgressReport.Set, r => r.DomainId),
        IndexDefinition.On(YearEndSummary.Set, s => s.DomainId),
        IndexDefinition.On(WorkPhoto.Set, p => p.CycleId),
    ];

    private static readonly RecordStep<Cycle> Summarize = new() { Action = CycleStages.Summarized, Apply = (_, _) => { } };

    private const int MaxCaption = 200;

    private IFileStore PhotoFiles => registry.FilesIn(WorkPhoto.Bucket);

    // ---- photos ----------------------------------------------------------------------------

    /// <summary>
    /// Stores a JPEG or PNG work photo for the cycle (type judged from the bytes, size limited).
    /// The bytes go into file storage first (it is not transactional), then the metadata and the
    /// audit entry in one registry write; if that write is refused the bytes are removed again.
    /// </summary>
    public WorkPhoto UploadPhoto(Actor actor, string cycleId, string? fileName, Stream content, string? caption = null)
    {
        var cycle = reads.Get(actor, Cycle.Kind, cycleId);
        Permissions.RequireDomainManager(actor, cycle.DomainId, "add work photos");
        CycleRules.RequireStage(cycle, "add work photos", CycleStage.Implementing);
        var captionErrors = new FieldErrors();
        var captionText = captionErrors.Text("caption", caption, MaxCaption, required: false);
        captionErrors.ThrowIfAny();

        var max = photoOptions.Value.MaxBytes;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > max)
            {
                throw new InputValidationException("file", $"A photo may be at most {max / (1024 * 1024.0):0.#} MB.");
            }
        }

        var bytes = buffer.ToArray();
        var type = SniffImageType(bytes) ?? throw new InputValidationException("file", "Only JPEG or PNG photos are accepted.");
        var errors = new FieldErrors();
        var name = TextRules.FileName(errors, "file", fileName, "photo");
        errors.ThrowIfAny();

        var photo = new WorkPhoto
        {
            Id = Guid.NewGuid().ToString("N"),
            CycleId = cycle.Id,
            DomainId = cycle.DomainId,
            FileName = name!,
            ContentType = type,
            Length = bytes.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            UploadedUtc = clock.UtcNow,
            UploadedBy = actor.AccountId,
            Caption = captionText,
        };
        using (var upload = new MemoryStream(bytes, writable: false))
        {
            PhotoFiles.Save(photo.Id, photo.FileName, upload, new Dictionary<string, string> { ["cycleId"] = cycle.Id, ["sha256"] = photo.Sha256 });
        }

        try
        {
            return writes.Write(actor, changes =>
            {
                CycleRules.RequireStage(changes.Load(Cycle.Kind, cycleId), "add work photos", CycleStage.Implementing);
                return changes.Insert(WorkPhoto.Kind, photo, "photo.uploaded");
            });
        }
        catch
        {
            PhotoFiles.Delete(photo.Id);
            throw;
        }
    }

    /// <summary>A photo's metadata and bytes.</summary>
    public (WorkPhoto Photo, byte[] Bytes) DownloadPhoto(Actor actor, string photoId)
    {
        var photo = reads.Get(actor, WorkPhoto.Kind, photoId);
        Permissions.RequireDomainManager(actor, photo.DomainId, "see the work photos");
        using var stored = PhotoFiles.OpenRead(photo.Id) ?? throw new NotFoundException("Photo", photoId);
        using var bytes = new MemoryStream();
        stored.CopyTo(bytes);
        return (photo, bytes.ToArray());
    }

    /// <summary>Gives a photo its caption, or clears it (If-Match), while the cycle is being implemented.</summary>
    public WorkPhoto CaptionPhoto(Actor actor, string photoId, IfMatch ifMatch, PhotoCaptionInput input)
    {
        string? caption = null;
        return writes.Change(actor, WorkPhoto.Kind, photoId, ifMatch, new RecordStep<WorkPhoto>
        {
            Action = "photo.captioned",
            Authorize = (a, p) => Permissions.RequireDomainManager(a, p.DomainId, "caption work photos"),
            Require = (c, p) => CycleRules.RequireStage(c.Load(Cycle.Kind, p.CycleId), "caption a work photo", CycleStage.Implementing),
            Validate = (_, _, errors) => caption = errors.Text("caption", input.Caption, MaxCaption, required: false),
            Apply = (_, p) => p.Caption = caption,
        });
    }

    /// <summary>The cycle's work photos, latest first.</summary>
    public PagedList<WorkPhoto> ListPhotos(Actor actor, string cycleId, Paging paging)
    {
        var cycle = reads.Get(actor, Cycle.Kind, cycleId);
        Permissions.RequireDomainManager(actor, cycle.DomainId, "see the work photos");
        return registry.Read(WorkPhoto.Set).Page(
            Filter.Eq<WorkPhoto>(p => p.CycleId, cycleId), new SortKey(nameof(WorkPhoto.UploadedUtc), Descending: true), paging);
    }

    // ---- activities ------------------------------------------------------------------------

    /// <summary>Records an activity while the cycle is being implemented.</summary>
    public ActivityRecord RecordActivity(Actor actor, string cycleId, ActivityInput input)
    {
        ActivityFields? fields = null;
        return writes.Create(actor, ActivityRecord.Kind, new NewRecordStep<Cycle, ActivityRecord>
        {
            Action = "activity.recorded",
            Parent = c => c.Load(Cycle.Kind, cycleId),
            Authorize = (a, cycle) => Permissions.RequireDomainManager(a, cycle.DomainId, "record an activity"),
            Require = (_, cycle) => CycleRules.RequireStage(cycle, "record an activity", CycleStage.Implementing),
            Validate = (c, cycle, errors) => fields = ReadActivity(c, cycle, input, errors),
            Build = (c, cycle) => fields!.Fill(new ActivityRecord
            {
                Id = Guid.NewGuid().ToString("N"),
                CycleId = cycle.Id,
                DomainId = cycle.DomainId,
                Year = cycle.Year,
                RecordedUtc = c.Clock.UtcNow,
                RecordedBy = c.Actor.AccountId,
            }),
        });
    }

    /// <summary>Replaces an activity record (If-Match), while the cycle is being implemented.</summary>
    public ActivityRecord UpdateActivity(Actor actor, string activityId, IfMatch ifMatch, ActivityInput input)
    {
        ActivityFields? fields = null;
        return writes.Change(actor, ActivityRecord.Kind, activityId, ifMatch, new RecordStep<ActivityRecord>
        {
            Action = "activity.updated",
            Authorize = (a, activity) => Permissions.RequireDomainManager(a, activity.DomainId, "change an activity record"),
            Require = (c, activity) => CycleRules.RequireStage(c.Load(Cycle.Kind, activity.CycleId), "change an activity record", CycleStage.Implementing),
            Validate = (c, activity, errors) => fields = ReadActivity(c, c.Load(Cycle.Kind, activity.CycleId), input, errors),
            Apply = (_, activity) => fields!.Fill(activity),
        });
    }

    /// <summary>
    /// Deletes an activity record (If-Match) recorded by mistake, while the cycle is being implemented
    /// (before the summary is submitted); one a returned summary names is refused (409) until the
    /// summary no longer names it. The audit trail keeps what it said.
    /// </summary>
    public void DeleteActivity(Actor actor, string activityId, IfMatch ifMatch) =>
        writes.Delete(actor, ActivityRecord.Kind, activityId, ifMatch, new RecordStep<ActivityRecord>
        {
            Action = "activity.deleted",
            Authorize = (a, activity) => Permissions.RequireDomainManager(a, activity.DomainId, "delete an activity record"),
            Require = (c, activity) =>
            {
                CycleRules.RequireStage(c.Load(Cycle.Kind, activity.CycleId), "delete an activity record", CycleStage.Implementing);
                if (c.Records(YearEndSummary.Set).Find(activity.CycleId) is { } summary && summary.ActivityIds.Contains(activity.Id))
                {
                    throw new StepOutOfOrderException($"Activity '{activity.Id}' is named by the year-end summary of '{activity.CycleId}': submit the summary without it first.");
                }
            },
            Apply = (_, _) => { },
        });

    public ActivityRecord GetActivity(Actor actor, string activityId)
    {
        var activity = reads.Get(actor, ActivityRecord.Kind, activityId);
        Permissions.RequireDomainManager(actor, activity.DomainId, "see the activity records");
        return activity;
    }

    /// <summary>Activities by domain, cycle and measure, latest first.</summary>
    public PagedList<ActivityRecord> ListActivities(Actor actor, string? domainId, string? cycleId, string? measureId, Paging paging)
    {
        var domain = Permissions.ListScope(actor, domainId, "activities");
        var filter = Filter.All(
            domain is null ? null : Filter.Eq<ActivityRecord>(a => a.DomainId, domain),
            cycleId is null ? null : Filter.Eq<ActivityRecord>(a => a.CycleId, cycleId),
            measureId is null ? null : Filter.Eq<ActivityRecord>(a => a.MeasureId, measureId));
        return registry.Read(ActivityRecord.Set).Page(filter, new SortKey(nameof(ActivityRecord.Date), Descending: true), paging);
    }

    // ---- progress reports ------------------------------------------------------------------

    /// <summary>Submits a progress report (定期向区人才办报送工作进度) while the cycle is being implemented.</summary>
    public ProgressReport SubmitProgressReport(Actor actor, string cycleId, ProgressReportInput input)
    {
        string? period = null, text = null;
        return writes.Create(actor, ProgressReport.Kind, new NewRecordStep<Cycle, ProgressReport>
        {
            Action = "progress-report.submitted",
            Parent = c => c.Load(Cycle.Kind, cycleId),
            Authorize = (a, cycle) => Permissions.RequireDomainManager(a, cycle.DomainId, "report progress"),
            Require = (_, cycle) => CycleRules.RequireStage(cycle, "report progress", CycleStage.Implementing),
            Validate = (_, cycle, errors) => (period, text) = ReadProgressReport(input, cycle.Year, errors),
            Build = (c, cycle) => new ProgressReport
            {
                Id = Guid.NewGuid().ToString("N"),
                CycleId = cycle.Id,
                DomainId = cycle.DomainId,
                Year = cycle.Year,
                Period = period!,
                Text = text!,
                SubmittedUtc = c.Clock.UtcNow,
                SubmittedBy = c.Actor.AccountId,
            },
        });
    }

    /// <summary>Corrects a progress report (If-Match) while the cycle is being implemented (before the summary is submitted).</summary>
    public ProgressReport UpdateProgressReport(Actor actor, string reportId, IfMatch ifMatch, ProgressReportInput input)
    {
        string? period = null, text = null;
        return writes.Change(actor, ProgressReport.Kind, reportId, ifMatch, new RecordStep<ProgressReport>
        {
            Action = "progress-report.corrected",
            Authorize = (a, r) => Permissions.RequireDomainManager(a, r.DomainId, "correct a progress report"),
            Require = (c, r) => CycleRules.RequireStage(c.Load(Cycle.Kind, r.CycleId), "correct a progress report", CycleStage.Implementing),
            Validate = (_, r, errors) => (period, text) = ReadProgressReport(input, r.Year, errors),
            Apply = (_, r) =>
            {
                r.Period = period!;
                r.Text = text!;
            },
        });
    }

    /// <summary>Deletes a progress report (If-Match) while the cycle is being implemented; the audit trail keeps what it said.</summary>
    public void DeleteProgressReport(Actor actor, string reportId, IfMatch ifMatch) =>
        writes.Delete(actor, ProgressReport.Kind, reportId, ifMatch, new RecordStep<ProgressReport>
        {
            Action = "progress-report.deleted",
            Authorize = (a, r) => Permissions.RequireDomainManager(a, r.DomainId, "delete a progress report"),
            Require = (c, r) => CycleRules.RequireStage(c.Load(Cycle.Kind, r.CycleId), "delete a progress report", CycleStage.Implementing),
            Apply = (_, _) => { },
        });

    public ProgressReport GetProgressReport(Actor actor, string reportId)
    {
        var report = reads.Get(actor, ProgressReport.Kind, reportId);
        Permissions.RequireDomainManager(actor, report.DomainId, "see the progress reports");
        return report;
    }

    /// <summary>Progress reports by domain and cycle, latest first.</summary>
    public PagedList<ProgressReport> ListProgressReports(Actor actor, string? domainId, string? cycleId, Paging paging)
    {
        var domain = Permissions.ListScope(actor, domainId, "progress reports");
        var filter = Filter.All(
            domain is null ? null : Filter.Eq<ProgressReport>(r => r.DomainId, domain),
            cycleId is null ? null : Filter.Eq<ProgressReport>(r => r.CycleId, cycleId));
        return registry.Read(ProgressReport.Set).Page(filter, new SortKey(nameof(ProgressReport.SubmittedUtc), Descending: true), paging);
    }

    // ---- targets ---------------------------------------------------------------------------

    /// <summary>Each measure target of the cycle with the activities counted for it and whether it is met.</summary>
    public IReadOnlyList<TargetProgressView> Targets(Actor actor, string cycleId)
    {
        var cycle = reads.Get(actor, Cycle.Kind, cycleId);
        Permissions.RequireDomainManager(actor, cycle.DomainId, "see the targets");
        return TargetProgress.Of(registry.Read(AnnualPlan.Set), registry.Read(ActivityRecord.Set), cycle, terms);
    }

    // ---- year-end summary ------------------------------------------------------------------

    /// <summary>
    /// Submits the year-end summary and moves the cycle Implementing → Summarized. Due by 31 December
    /// of the cycle year (the district's date, <see cref="ProgrammeClock"/>): a later one is accepted
    /// and marked late. The first submission creates the summary; a summary the Talent Office returned
    /// is an existing record, submitted again with If-Match (its version).
    /// </summary>
    public YearEndSummary SubmitSummary(Actor actor, string cycleId, IfMatch? ifMatch, SummaryInput input)
    {
        SummaryFields? fields = null;
        return writes.Write(actor, changes =>
        {
            var cycle = changes.Load(Cycle.Kind, cycleId);
            var due = new DateOnly(cycle.Year, 12, 31);
            var today = changes.Clock.Today;
            var late = today > due;
            var action = late ? "summary.submitted-late" : "summary.submitted";
            void Authorize(Actor a, string domainId) => Permissions.RequireDomainManager(a, domainId, "submit the year-end summary");
            void Require(ChangeSet c)
            {
                CycleRules.RequireStage(cycle, "submit the year-end summary", CycleStage.Implementing);
                if (PlanRevisions.Filed(c.Records(AnnualPlan.Set), cycle.Id) is null)
                {
                    throw new StepOutOfOrderException($"Cannot submit the year-end summary: cycle '{cycle.Id}' has no filed plan.");
                }
            }

            void Fill(YearEndSummary s)
            {
                s.Text = fields!.Text;
                s.ActivityIds = fields.ActivityIds;
                s.PhotoIds = fields.PhotoIds;
                s.Status = SummaryStatus.Submitted;
                s.DueDate = due;
                s.SubmittedUtc = changes.Clock.UtcNow;
                s.SubmittedBy = changes.Actor.AccountId;
                s.Late = late;
                s.DaysLate = Math.Max(0, today.DayNumber - due.DayNumber);
                s.Submissions++;
                s.DecidedUtc = null;
                s.DecidedBy = null;
            }

            var summary = changes.Records(YearEndSummary.Set).Find(cycle.Id) is null
                ? changes.Create(YearEndSummary.Kind, new NewRecordStep<Cycle, YearEndSummary>
                {
                    Action = action,
                    Parent = _ => cycle,
                    Authorize = (a, c) => Authorize(a, c.DomainId),
                    Require = (c, _) => Require(c),
                    Validate = (c, _, errors) => fields = ReadSummary(c, cycle, input, errors),
                    Build = (_, c) =>
                    {
                        var s = new YearEndSummary { Id = c.Id, CycleId = c.Id, DomainId = c.DomainId, Year = c.Year, Submissions = 0 };
                        Fill(s);
                        return s;
                    },
                })
                : changes.Change(YearEndSummary.Kind, cycle.Id, ifMatch ?? IfMatch.Absent, new RecordStep<YearEndSummary>
                {
                    Action = action,
                    Authorize = (a, s) => Authorize(a, s.DomainId),
                    Require = (c, _) => Require(c),
                    Validate = (c, _, errors) => fields = ReadSummary(c, cycle, input, errors),
                    Apply = (_, s) => Fill(s),
                });
            changes.ChangeRelated(Cycle.Kind, cycle, Summarize);
            return summary;
        });
    }

    public YearEndSummary GetSummary(Actor actor, string cycleId)
    {
        var cycle = reads.Get(actor, Cycle.Kind, cycleId);
        Permissions.RequireDomainManager(actor, cycle.DomainId, "see the year-end summary");
        return reads.Find(actor, YearEndSummary.Kind, cycleId) ?? throw new NotFoundException("Summary", cycleId);
    }

    // ---- helpers ---------------------------------------------------------------------------

    /// <summary>What an activity request says, checked against the cycle's catalogue, selected people and photos; null after recording every problem.</summary>
    private ActivityFields? ReadActivity(ChangeSet changes, Cycle cycle, ActivityInput input, FieldErrors errors)
    {
        var domain = terms.Find(cycle.DomainId) ?? throw new DomainUnavailableException(cycle.DomainId);
        var date = errors.Date("date", input.Date);
        errors.InYear("date", date, cycle.Year);
        var measureId = errors.Text("measureId", input.MeasureId, 100);
        var measure = measureId is null ? null : domain.Measure(measureId);
        if (measureId is not null && measure is null && domain.RetiredMeasure(measureId) is { } retired
            && PlanRevisions.Filed(changes.Records(AnnualPlan.Set), cycle.Id) is { } filed
            && (filed.Items.Any(i => i.MeasureId == measureId) || filed.Targets.Any(t => t.MeasureId == measureId)))
        {
            // Retired after the plan was filed: what the filed plan holds is still carried out and recorded.
            measure = retired;
        }

        if (measureId is not null && measure is null && domain.RetiredMeasure(measureId) is not null)
        {
            errors.Add("measureId", $"'{measureId}' is retired from the catalogue of '{domain.DomainId}', and the filed plan of '{cycle.Id}' does not include it.");
        }
        else if (measureId is not null && measure is null)
        {
            errors.Add("measureId", domain.Measures is null
                ? $"The '{domain.DomainId}' plugin serves no measures catalogue yet, so no measure can be recorded."
                : $"'{measureId}' is not a measure of '{domain.DomainId}'; known: {string.Join(", ", domain.Measures.Select(m => m.Id))}.");
        }

        var title = errors.Text("title", input.Title, 200);
        var form = errors.Text("form", input.Form, 200, required: false);
        if (form is not null && measure is { FormsZh.Count: > 0 } && !measure.FormsZh.Contains(form))
        {
            errors.Add("form", $"'{form}' is not a form of '{measure.Id}'; its forms: {string.Join("、", measure.FormsZh)}.");
        }

        var scope = errors.Text("scope", input.Scope, 100, required: false);
        var scopes = measure?.Targets.Select(t => t.ScopeZh).OfType<string>().Distinct().ToList() ?? [];
        // A measure whose every target is counted per scope: an activity without one would count toward none, unsaid.
        var perScope = measure is { Targets.Count: > 0 } && measure.Targets.All(t => t.ScopeZh is not null);
        if (scope is null && perScope)
        {
            errors.Add("scope", $"Required: the targets of '{measure!.Id}' are counted per scope ({string.Join("、", scopes)}); " +
                $"say where it counts, or '{ActivityRecord.NoScope}' for an activity held outside them (it then counts toward none).");
        }
        else if (scope == ActivityRecord.NoScope && measure is not null && !perScope)
        {
            errors.Add("scope", $"The measure '{measure.Id}' has targets for the whole domain: leave scope empty.");
        }
        else if (scope is not null && scope != ActivityRecord.NoScope && measure is not null)
        {
            if (!scopes.Contains(scope))
            {
                errors.Add("scope", scopes.Count == 0
                    ? $"The measure '{measure.Id}' has no scoped targets: leave scope empty and use place."
                    : $"'{scope}' is not a target scope of '{measure.Id}'; its scopes: {string.Join("、", scopes)}.");
            }
        }

        var place = errors.Text("place", input.Place, 200, required: false);
        var notes = errors.Text("notes", input.Notes, 4000, required: false);
        if (input.OtherParticipants is < 0 or > 100_000)
        {
            errors.Add("otherParticipants", "Between 0 and 100,000.");
        }

        var participants = Distinct(input.ParticipantNominationIds);
        if (participants.Count > 0)
        {
            var selected = FixedList.Selected(changes.Records(Nomination.Set), FixedList.Require(changes.Records(Determination.Set), cycle, "record an activity"))
                .Select(s => s.NominationId).ToHashSet(StringComparer.Ordinal);
            for (var i = 0; i < participants.Count; i++)
            {
                if (!selected.Contains(participants[i]))
                {
                    errors.Add($"participantNominationIds[{i}]", $"'{participants[i]}' is not a selected nomination of cycle '{cycle.Id}'.");
                }
            }
        }

        var photos = CheckPhotos(changes, cycle, input.PhotoIds, "photoIds", errors);
        return errors.Any
            ? null
            : new ActivityFields(date!.Value, measure!.Id, measure.TitleZh, title!, form, scope, place, participants, input.OtherParticipants ?? 0, photos, notes);
    }

    private static (string? Period, string? Text) ReadProgressReport(ProgressReportInput input, int year, FieldErrors errors)
    {
        var period = errors.Text("period", input.Period, 10);
        if (period is not null && (!PeriodPattern().IsMatch(period) || !period.StartsWith($"{year}-", StringComparison.Ordinal)))
        {
            errors.Add("period", $"'{period}' is not a period of {year}: use {year}-Q1…Q4, {year}-H1/H2 or {year}-01…12.");
        }

        return (period, errors.Text("text", input.Text, 20_000));
    }

    private static SummaryFields? ReadSummary(ChangeSet changes, Cycle cycle, SummaryInput input, FieldErrors errors)
    {
        var text = errors.Text("text", input.Text, 50_000);
        var activityIds = Distinct(input.ActivityIds);
        if (activityIds.Count == 0)
        {
            errors.Add("activityIds", "The summary goes with the year's activity records (活动记录): name at least one.");
        }

        var activities = changes.Records(ActivityRecord.Set);
        for (var i = 0; i < activityIds.Count; i++)
        {
            if (activities.Find(activityIds[i]) is not { } a || a.CycleId != cycle.Id)
            {
                errors.Add($"activityIds[{i}]", $"'{activityIds[i]}' is not an activity record of cycle '{cycle.Id}'.");
            }
        }

        var photoIds = CheckPhotos(changes, cycle, input.PhotoIds, "photoIds", errors);
        return errors.Any ? null : new SummaryFields(text!, activityIds, photoIds);
    }

    private static List<string> CheckPhotos(ChangeSet changes, Cycle cycle, IReadOnlyList<string>? ids, string field, FieldErrors errors)
    {
        var photoIds = Distinct(ids);
        var photos = changes.Records(WorkPhoto.Set);
        for (var i = 0; i < photoIds.Count; i++)
        {
            if (photos.Find(photoIds[i]) is not { } p || p.CycleId != cycle.Id)
            {
                errors.Add($"{field}[{i}]", $"'{photoIds[i]}' is not a photo uploaded to cycle '{cycle.Id}'.");
            }
        }

        return photoIds;
    }

    private static List<string> Distinct(IReadOnlyList<string>? ids) =>
        (ids ?? []).Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id.Trim()).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>image/jpeg or image/png from the file's signature; null for anything else.</summary>
    public static string? SniffImageType(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF)
        {
            return "image/jpeg";
        }

        ReadOnlySpan<byte> png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        return bytes.Length >= png.Length && bytes[..png.Length].SequenceEqual(png) ? "image/png" : null;
    }

    [GeneratedRegex(@"^\d{4}-(Q[1-4]|H[12]|0[1-9]|1[0-2])$")]
    private static partial Regex PeriodPattern();

    /// <summary>An activity request once checked.</summary>
    private sealed record ActivityFields(
        DateOnly Date, string MeasureId, string MeasureTitleZh, string Title, string? Form, string? Scope, string? Place,
        List<string> Participants, int OtherParticipants, List<string> PhotoIds, string? Notes)
    {
        public ActivityRecord Fill(ActivityRecord activity)
        {
            activity.Date = Date;
            activity.MeasureId = MeasureId;
            activity.MeasureTitleZh = MeasureTitleZh;
            activity.Title = Title;
            activity.FormZh = Form;
            activity.Scope = Scope;
            activity.Place = Place;
            activity.ParticipantNominationIds = Participants;
            activity.OtherParticipants = OtherParticipants;
            activity.PhotoIds = PhotoIds;
            activity.Notes = Notes;
            return activity;
        }
    }

    /// <summary>A summary request once checked.</summary>
    private sealed record SummaryFields(string Text, List<string> ActivityIds, List<string> PhotoIds);
}
