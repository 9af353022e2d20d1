using Kunpeng.Host.Workflow.Audit;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Kunpeng.Host.Api.Models;
using Kunpeng.Host.Problems;
using Kunpeng.Host.Registry;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Cycles;
using Kunpeng.Host.Workflow.Plans;
using LiteDB;
using Microsoft.Extensions.Options;

namespace Kunpeng.Host.Workflow.Implementation;

/// <summary>
/// Step 7, implementation: activity records with work photos, periodic progress reports, each
/// measure target's count against its yearly minimum, and the year-end summary, whose submission
/// moves the cycle Implementing → Summarized.
/// </summary>
public sealed partial class ImplementationService(
    RegistryDatabase registry, AuditTrail audit, IDomainTermsSource terms, TimeProvider clock, IOptions<PhotoOptions> photoOptions)
{
    public const string Activities = "activities";
    public const string ProgressReports = "progress_reports";
    public const string Summaries = "summaries";
    public const string Photos = "photos";
    public const string PhotoFiles = "photo_files";
    public const string PhotoChunks = "photo_chunks";

    public static void EnsureIndexes(LiteDatabase db)
    {
        var activities = db.GetCollection<ActivityRecord>(Activities);
        activities.EnsureIndex(a => a.CycleId);
        activities.EnsureIndex(a => a.DomainId);
        activities.EnsureIndex(a => a.MeasureId);
        var reports = db.GetCollection<ProgressReport>(ProgressReports);
        reports.EnsureIndex(r => r.CycleId);
        reports.EnsureIndex(r => r.DomainId);
        db.GetCollection<YearEndSummary>(Summaries).EnsureIndex(s => s.DomainId);
        db.GetCollection<WorkPhoto>(Photos).EnsureIndex(p => p.CycleId);
    }

    // ---- photos ----------------------------------------------------------------------------

    /// <summary>
    /// Stores a JPEG or PNG work photo for the cycle (type judged from the bytes, size limited).
    /// The bytes go into file storage first (it is not transactional), then the metadata and the
    /// audit entry in one registry write; if that write is refused the bytes are removed again.
    /// </summary>
    public WorkPhoto UploadPhoto(Actor actor, string cycleId, string? fileName, Stream content)
    {
        var cycle = CycleGuards.LoadCycle(registry.Database, cycleId);
        CycleSteps.RequireDomainManager(actor, cycle.DomainId);
        CycleGuards.RequireStage(cycle, "add work photos", CycleStage.Implementing);

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
            UploadedUtc = clock.GetUtcNow().UtcDateTime,
            UploadedBy = actor.AccountId,
        };
        var storage = Storage(registry.Database);
        using (var upload = new MemoryStream(bytes, writable: false))
        {
            storage.Upload(photo.Id, name, upload, new BsonDocument { ["cycleId"] = cycle.Id, ["sha256"] = photo.Sha256 });
        }

        try
        {
            return registry.Write(db =>
            {
                var current = CycleGuards.LoadCycle(db, cycleId);
                CycleGuards.RequireStage(current, "add work photos", CycleStage.Implementing);
                db.GetCollection<WorkPhoto>(Photos).Insert(photo);
                audit.Record(db, actor, "photo.uploaded", "photo", photo.Id, photo.DomainId, null, photo);
                return photo;
            });
        }
        catch
        {
            Storage(registry.Database).Delete(photo.Id);
            throw;
        }
    }

    /// <summary>A photo's metadata and bytes.</summary>
    public (WorkPhoto Photo, byte[] Bytes) DownloadPhoto(Actor actor, string photoId)
    {
        var photo = registry.Database.GetCollection<WorkPhoto>(Photos).FindById(photoId) ?? throw new NotFoundException("Photo", photoId);
        CycleSteps.RequireDomainManager(actor, photo.DomainId);
        using var bytes = new MemoryStream();
        Storage(registry.Database).Download(photo.Id, bytes);
        return (photo, bytes.ToArray());
    }

    // ---- activities ------------------------------------------------------------------------

    /// <summary>Records an activity while the cycle is being implemented.</summary>
    public ActivityRecord RecordActivity(Actor actor, string cycleId, ActivityInput input)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return registry.Write(db =>
        {
            var cycle = CycleGuards.LoadCycle(db, cycleId);
            CycleSteps.RequireDomainManager(actor, cycle.DomainId);
            CycleGuards.RequireStage(cycle, "record an activity", CycleStage.Implementing);
            var activity = new ActivityRecord
            {
                Id = Guid.NewGuid().ToString("N"),
                CycleId = cycle.Id,
                DomainId = cycle.DomainId,
                Year = cycle.Year,
                RecordedUtc = now,
                RecordedBy = actor.AccountId,
            };
            Apply(db, cycle, activity, input);
            db.GetCollection<ActivityRecord>(Activities).Insert(activity);
            audit.Record(db, actor, "activity.recorded", "activity", activity.Id, activity.DomainId, null, activity);
            return activity;
        });
    }

    /// <summary>Replaces an activity record (If-Match), while the cycle is being implemented.</summary>
    public ActivityRecord UpdateActivity(Actor actor, string activityId, int ifMatch, ActivityInput input) =>
        registry.Write(db =>
        {
            var activities = db.GetCollection<ActivityRecord>(Activities);
            var activity = activities.FindById(activityId) ?? throw new NotFoundException("Activity", activityId);
            CycleSteps.RequireDomainManager(actor, activity.DomainId);
            var cycle = CycleGuards.LoadCycle(db, activity.CycleId);
            CycleGuards.RequireStage(cycle, "change an activity record", CycleStage.Implementing);
            WorkflowGuards.RequireVersion("Activity", activity.Id, activity.Version, ifMatch);
            var before = CycleSteps.Copy(activity);
            Apply(db, cycle, activity, input);
            activity.Version++;
            activities.Update(activity);
            audit.Record(db, actor, "activity.updated", "activity", activity.Id, activity.DomainId, before, activity);
            return activity;
        });

    public ActivityRecord GetActivity(Actor actor, string activityId)
    {
        var activity = registry.Database.GetCollection<ActivityRecord>(Activities).FindById(activityId)
            ?? throw new NotFoundException("Activity", activityId);
        CycleSteps.RequireDomainManager(actor, activity.DomainId);
        return activity;
    }

    /// <summary>Activities by domain, cycle and measure, latest first.</summary>
    public PagedList<ActivityRecord> ListActivities(Actor actor, string? domainId, string? cycleId, string? measureId, Paging paging)
    {
        var domain = CycleSteps.ListScope(actor, domainId);
        var query = registry.Database.GetCollection<ActivityRecord>(Activities).Query();
        if (domain is not null)
        {
            query = query.Where(a => a.DomainId == domain);
        }

        if (cycleId is not null)
        {
            query = query.Where(a => a.CycleId == cycleId);
        }

        if (measureId is not null)
        {
            query = query.Where(a => a.MeasureId == measureId);
        }

        return query.Page(paging, q => q.OrderByDescending(a => a.Date));
    }

    // ---- progress reports ------------------------------------------------------------------

    /// <summary>Submits a progress report (定期向区人才办报送工作进度) while the cycle is being implemented.</summary>
    public ProgressReport SubmitProgressReport(Actor actor, string cycleId, ProgressReportInput input)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return registry.Write(db =>
        {
            var cycle = CycleGuards.LoadCycle(db, cycleId);
            CycleSteps.RequireDomainManager(actor, cycle.DomainId);
            CycleGuards.RequireStage(cycle, "report progress", CycleStage.Implementing);
            var errors = new FieldErrors();
            var period = errors.Text("period", input.Period, 10);
            if (period is not null && (!PeriodPattern().IsMatch(period) || !period.StartsWith($"{cycle.Year}-", StringComparison.Ordinal)))
            {
                errors.Add("period", $"'{period}' is not a period of {cycle.Year}: use {cycle.Year}-Q1…Q4, {cycle.Year}-H1/H2 or {cycle.Year}-01…12.");
            }

            var text = errors.Text("text", input.Text, 20_000);
            errors.ThrowIfAny();
            var report = new ProgressReport
            {
                Id = Guid.NewGuid().ToString("N"),
                CycleId = cycle.Id,
                DomainId = cycle.DomainId,
                Year = cycle.Year,
                Period = period!,
                Text = text!,
                SubmittedUtc = now,
                SubmittedBy = actor.AccountId,
            };
            db.GetCollection<ProgressReport>(ProgressReports).Insert(report);
            audit.Record(db, actor, "progress-report.submitted", "progress-report", report.Id, report.DomainId, null, report);
            return report;
        });
    }

    /// <summary>Progress reports by domain and cycle, latest first.</summary>
    public PagedList<ProgressReport> ListProgressReports(Actor actor, string? domainId, string? cycleId, Paging paging)
    {
        var domain = CycleSteps.ListScope(actor, domainId);
        var query = registry.Database.GetCollection<ProgressReport>(ProgressReports).Query();
        if (domain is not null)
        {
            query = query.Where(r => r.DomainId == domain);
        }

        if (cycleId is not null)
        {
            query = query.Where(r => r.CycleId == cycleId);
        }

        return query.Page(paging, q => q.OrderByDescending(r => r.SubmittedUtc));
    }

    // ---- targets ---------------------------------------------------------------------------

    /// <summary>Each measure target of the cycle with the activities counted for it and whether it is met.</summary>
    public IReadOnlyList<TargetProgressView> Targets(Actor actor, string cycleId)
    {
        var db = registry.Database;
        var cycle = CycleGuards.LoadCycle(db, cycleId);
        CycleSteps.RequireDomainManager(actor, cycle.DomainId);
        return TargetProgress(db, cycle, terms);
    }

    /// <summary>
    /// Counts the cycle year's activities per measure (and, for a scoped target, per scope) against
    /// each target's yearly minimum. The yardstick is the targets the filed plan copied from the
    /// catalogue; before a plan is filed, the catalogue's current targets.
    /// </summary>
    public static IReadOnlyList<TargetProgressView> TargetProgress(LiteDatabase db, Cycle cycle, IDomainTermsSource terms)
    {
        var targets = PlanService.FiledRevision(db, cycle.Id)?.Targets is { Count: > 0 } filed
            ? filed
            : terms.Find(cycle.DomainId) is { } domain ? PlanTarget.From(domain) : [];
        if (targets.Count == 0)
        {
            return [];
        }

        var activities = db.GetCollection<ActivityRecord>(Activities).Find(a => a.CycleId == cycle.Id)
            .Where(a => ProgrammeCalendar.FromStored(a.Date).Year == cycle.Year)
            .Select(a => (a.MeasureId, a.Scope))
            .ToList();
        return targets.Select(t =>
        {
            var count = activities.Count(a => a.MeasureId == t.MeasureId && (t.ScopeZh is null || a.Scope == t.ScopeZh));
            return new TargetProgressView(t.MeasureId, t.MeasureTitleZh, t.TargetId, t.DescriptionZh, t.ScopeZh, t.MinimumPerYear, count, count >= t.MinimumPerYear);
        }).ToList();
    }

    // ---- year-end summary ------------------------------------------------------------------

    /// <summary>
    /// Submits the year-end summary and moves the cycle Implementing → Summarized. Due by 31 December
    /// of the cycle year (China time): a later one is accepted and marked late. A summary the Talent
    /// Office returned is submitted again with If-Match (its version).
    /// </summary>
    public YearEndSummary SubmitSummary(Actor actor, string cycleId, int? ifMatch, SummaryInput input)
    {
        var now = clock.GetUtcNow();
        return registry.Write(db =>
        {
            var cycle = CycleGuards.LoadCycle(db, cycleId);
            CycleSteps.RequireDomainManager(actor, cycle.DomainId);
            CycleGuards.RequireStage(cycle, "submit the year-end summary", CycleStage.Implementing);
            if (PlanService.FiledRevision(db, cycle.Id) is null)
            {
                throw new StepOutOfOrderException($"Cannot submit the year-end summary: cycle '{cycle.Id}' has no filed plan.");
            }

            var summaries = db.GetCollection<YearEndSummary>(Summaries);
            var existing = summaries.FindById(cycle.Id);
            if (existing is not null)
            {
                if (ifMatch is null)
                {
                    throw new PreconditionRequiredException();
                }

                WorkflowGuards.RequireVersion("Summary", existing.Id, existing.Version, ifMatch.Value);
            }

            var errors = new FieldErrors();
            var text = errors.Text("text", input.Text, 50_000);
            var activityIds = Distinct(input.ActivityIds);
            if (activityIds.Count == 0)
            {
                errors.Add("activityIds", "The summary goes with the year's activity records (活动记录): name at least one.");
            }

            var activities = db.GetCollection<ActivityRecord>(Activities);
            for (var i = 0; i < activityIds.Count; i++)
            {
                if (activities.FindById(activityIds[i]) is not { } a || a.CycleId != cycle.Id)
                {
                    errors.Add($"activityIds[{i}]", $"'{activityIds[i]}' is not an activity record of cycle '{cycle.Id}'.");
                }
            }

            var photoIds = CheckPhotos(db, cycle, input.PhotoIds, "photoIds", errors);
            errors.ThrowIfAny();

            var due = new DateOnly(cycle.Year, 12, 31);
            var today = DateOnly.FromDateTime(now.ToOffset(ProgrammeCalendar.Offset).DateTime);
            var before = existing is null ? null : CycleSteps.Copy(existing);
            var summary = existing ?? new YearEndSummary { Id = cycle.Id, CycleId = cycle.Id, DomainId = cycle.DomainId, Year = cycle.Year, Submissions = 0 };
            summary.Text = text!;
            summary.ActivityIds = activityIds;
            summary.PhotoIds = photoIds;
            summary.Status = SummaryStatus.Submitted;
            summary.DueDate = ProgrammeCalendar.ToStored(due);
            summary.SubmittedUtc = now.UtcDateTime;
            summary.SubmittedBy = actor.AccountId;
            summary.Late = today > due;
            summary.DaysLate = Math.Max(0, today.DayNumber - due.DayNumber);
            summary.Submissions++;
            summary.DecidedUtc = null;
            summary.DecidedBy = null;
            if (existing is null)
            {
                summaries.Insert(summary);
            }
            else
            {
                summary.Version++;
                summaries.Update(summary);
            }

            audit.Record(db, actor, summary.Late ? "summary.submitted-late" : "summary.submitted", "summary", summary.Id, summary.DomainId, before, summary);
            CycleSteps.MoveStage(db, audit, actor, cycle, CycleStage.Summarized, "cycle.summarized");
            return summary;
        });
    }

    public YearEndSummary GetSummary(Actor actor, string cycleId)
    {
        var cycle = CycleGuards.LoadCycle(registry.Database, cycleId);
        CycleSteps.RequireDomainManager(actor, cycle.DomainId);
        return registry.Database.GetCollection<YearEndSummary>(Summaries).FindById(cycleId) ?? throw new NotFoundException("Summary", cycleId);
    }

    // ---- helpers ---------------------------------------------------------------------------

    private void Apply(LiteDatabase db, Cycle cycle, ActivityRecord activity, ActivityInput input)
    {
        var domain = terms.Find(cycle.DomainId) ?? throw new DomainUnavailableException(cycle.DomainId);
        var errors = new FieldErrors();
        var date = errors.Date("date", input.Date);
        errors.InYear("date", date, cycle.Year);
        var measureId = errors.Text("measureId", input.MeasureId, 100);
        var measure = measureId is null ? null : domain.Measure(measureId);
        if (measureId is not null && measure is null && domain.RetiredMeasure(measureId) is { } retired
            && PlanService.FiledRevision(db, cycle.Id) is { } filed
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
        if (scope is not null && measure is not null)
        {
            var scopes = measure.Targets.Select(t => t.ScopeZh).OfType<string>().Distinct().ToList();
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
            var selected = CycleSteps.Selected(db, CycleSteps.FixedDetermination(db, cycle, "record an activity"))
                .Select(s => s.NominationId).ToHashSet(StringComparer.Ordinal);
            for (var i = 0; i < participants.Count; i++)
            {
                if (!selected.Contains(participants[i]))
                {
                    errors.Add($"participantNominationIds[{i}]", $"'{participants[i]}' is not a selected nomination of cycle '{cycle.Id}'.");
                }
            }
        }

        var photos = CheckPhotos(db, cycle, input.PhotoIds, "photoIds", errors);
        errors.ThrowIfAny();

        activity.Date = ProgrammeCalendar.ToStored(date!.Value);
        activity.MeasureId = measure!.Id;
        activity.MeasureTitleZh = measure.TitleZh;
        activity.Title = title!;
        activity.FormZh = form;
        activity.Scope = scope;
        activity.Place = place;
        activity.ParticipantNominationIds = participants;
        activity.OtherParticipants = input.OtherParticipants ?? 0;
        activity.PhotoIds = photos;
        activity.Notes = notes;
    }

    private static List<string> CheckPhotos(LiteDatabase db, Cycle cycle, IReadOnlyList<string>? ids, string field, FieldErrors errors)
    {
        var photoIds = Distinct(ids);
        var photos = db.GetCollection<WorkPhoto>(Photos);
        for (var i = 0; i < photoIds.Count; i++)
        {
            if (photos.FindById(photoIds[i]) is not { } p || p.CycleId != cycle.Id)
            {
                errors.Add($"{field}[{i}]", $"'{photoIds[i]}' is not a photo uploaded to cycle '{cycle.Id}'.");
            }
        }

        return photoIds;
    }

    private static List<string> Distinct(IReadOnlyList<string>? ids) =>
        (ids ?? []).Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id.Trim()).Distinct(StringComparer.Ordinal).ToList();

    private static ILiteStorage<string> Storage(LiteDatabase db) => db.GetStorage<string>(PhotoFiles, PhotoChunks);

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
}
