using Kunpeng.Host.Problems;
using Kunpeng.Host.Workflow.Acceptance;
using Kunpeng.Host.Workflow.Cycles;
using Kunpeng.Host.Workflow.Implementation;
using Kunpeng.Host.Workflow.Writing;
using Kunpeng.Workflow.Tests.Infrastructure;

namespace Kunpeng.Workflow.Tests.Implementation;

/// <summary>Implementation records a bureau can keep straight: scopes that count, corrections, deletions, captions, the photo list.</summary>
public sealed class ImplementationCorrectionTests : IDisposable
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3];
    private static readonly Host.Workflow.Paging FirstPage = new(1, 50);
    private readonly SeededCycleRegistry _f = new();

    public void Dispose() => _f.Dispose();

    private ActivityInput Activity(string? scope, string measure = TestDomainTerms.ContinuingEducation, string title = "典型病例研讨") =>
        new("2015-05-10", measure, title, measure == TestDomainTerms.ContinuingEducation ? "典型病例研讨" : "技能竞赛", scope, "区医院", null, 10, null, null);

    [Fact]
    public void Scope_is_required_where_every_target_of_the_measure_is_counted_per_scope()
    {
        var cycle = _f.SeedCycle();
        _f.FileFirstPlan(cycle);

        var unsaid = Assert.Throws<InputValidationException>(() => _f.Implementation.RecordActivity(Actors.HealthOfficer, cycle.Id, Activity(null)));
        Assert.Contains("区医院", Assert.Single(unsaid.Errors["scope"]));
        var elsewhere = _f.Implementation.RecordActivity(Actors.HealthOfficer, cycle.Id, Activity(ActivityRecord.NoScope, title: "分院业务交流"));
        var noneForDomainWide = Assert.Throws<InputValidationException>(() =>
            _f.Implementation.RecordActivity(Actors.HealthOfficer, cycle.Id, Activity(ActivityRecord.NoScope, TestDomainTerms.SkillsContest)));
        var domainWide = _f.Implementation.RecordActivity(Actors.HealthOfficer, cycle.Id, Activity(null, TestDomainTerms.SkillsContest, "全区技能竞赛"));

        Assert.Equal(ActivityRecord.NoScope, elsewhere.Scope);
        Assert.Contains("scope", noneForDomainWide.Errors.Keys);
        Assert.Null(domainWide.Scope);
        // The activity held elsewhere is on record and counts toward no scope's target.
        var targets = _f.Implementation.Targets(Actors.HealthOfficer, cycle.Id);
        Assert.All(targets.Where(t => t.Scope is not null), t => Assert.Equal(0, t.Activities));
        Assert.Equal(1, targets.Single(t => t.TargetId == "annual-contest").Activities);
    }

    [Fact]
    public void Activities_are_corrected_and_deleted_with_if_match_until_the_summary_is_submitted()
    {
        var cycle = _f.SeedCycle();
        _f.FileFirstPlan(cycle);
        var kept = _f.RecordActivity(cycle, "区医院");
        var mistake = _f.RecordActivity(cycle, "中医院", "2015-05-11");

        Assert.Throws<PreconditionRequiredException>(() => _f.Implementation.UpdateActivity(Actors.HealthOfficer, kept.Id, IfMatch.Absent, Activity("中医院")));
        var corrected = _f.Implementation.UpdateActivity(Actors.HealthOfficer, kept.Id, kept.Version, Activity("中医院", title: "典型病例研讨（更正）"));
        Assert.Throws<PreconditionRequiredException>(() => _f.Implementation.DeleteActivity(Actors.HealthOfficer, mistake.Id, IfMatch.Absent));
        Assert.Throws<PreconditionFailedException>(() => _f.Implementation.DeleteActivity(Actors.HealthOfficer, mistake.Id, mistake.Version + 1));
        Assert.Throws<ForbiddenException>(() => _f.Implementation.DeleteActivity(Actors.TeachersSchool, mistake.Id, mistake.Version));
        _f.Implementation.DeleteActivity(Actors.HealthOfficer, mistake.Id, mistake.Version);

        Assert.Equal(("典型病例研讨（更正）", 2), (corrected.Title, corrected.Version));
        Assert.Throws<NotFoundException>(() => _f.Implementation.GetActivity(Actors.HealthOfficer, mistake.Id));
        var deleted = _f.AuditFor(mistake.Id).Last();
        Assert.Equal("activity.deleted", deleted.Action);
        Assert.Contains("中医院", deleted.Before);
        Assert.Null(deleted.After);
        Assert.Equal(1, _f.Implementation.Targets(Actors.HealthOfficer, cycle.Id).Single(t => t.Scope == "中医院").Activities);

        _f.Implementation.SubmitSummary(Actors.HealthOfficer, cycle.Id, null, new SummaryInput("2015年度工作总结", null, [corrected.Id]));
        var current = _f.Implementation.GetActivity(Actors.HealthOfficer, corrected.Id);
        Assert.Throws<StepOutOfOrderException>(() => _f.Implementation.DeleteActivity(Actors.HealthOfficer, current.Id, current.Version));
        Assert.Throws<StepOutOfOrderException>(() => _f.Implementation.UpdateActivity(Actors.HealthOfficer, current.Id, current.Version, Activity("区医院")));
    }

    [Fact]
    public void An_activity_a_returned_summary_names_is_kept_until_the_summary_no_longer_names_it()
    {
        var cycle = _f.SeedCycle();
        _f.FileFirstPlan(cycle);
        var activity = _f.RecordActivity(cycle, "区医院");
        var summary = _f.Implementation.SubmitSummary(Actors.HealthOfficer, cycle.Id, null, new SummaryInput("总结", null, [activity.Id]));
        _f.Acceptance.Return(Actors.TalentOffice, cycle.Id, summary.Version, new AcceptanceReturn("中医院活动不足，请补充"));

        var named = Assert.Throws<StepOutOfOrderException>(() => _f.Implementation.DeleteActivity(Actors.HealthOfficer, activity.Id, activity.Version));

        Assert.Contains("summary", named.Message);
        Assert.NotNull(_f.Implementation.GetActivity(Actors.HealthOfficer, activity.Id));
    }

    [Fact]
    public void Progress_reports_are_corrected_and_deleted_with_if_match_until_the_summary_is_submitted()
    {
        var cycle = _f.SeedCycle();
        _f.FileFirstPlan(cycle);
        var report = _f.Implementation.SubmitProgressReport(Actors.HealthOfficer, cycle.Id, new ProgressReportInput("2015-Q1", "第一季度进展"));
        var twice = _f.Implementation.SubmitProgressReport(Actors.HealthOfficer, cycle.Id, new ProgressReportInput("2015-Q1", "重复报送"));

        Assert.Throws<PreconditionRequiredException>(() =>
            _f.Implementation.UpdateProgressReport(Actors.HealthOfficer, report.Id, IfMatch.Absent, new ProgressReportInput("2015-Q2", "第二季度进展")));
        var badPeriod = Assert.Throws<InputValidationException>(() =>
            _f.Implementation.UpdateProgressReport(Actors.HealthOfficer, report.Id, report.Version, new ProgressReportInput("2016-Q2", "x")));
        var corrected = _f.Implementation.UpdateProgressReport(Actors.HealthOfficer, report.Id, report.Version, new ProgressReportInput("2015-Q2", "第二季度进展"));
        Assert.Throws<PreconditionRequiredException>(() => _f.Implementation.DeleteProgressReport(Actors.HealthOfficer, twice.Id, IfMatch.Absent));
        _f.Implementation.DeleteProgressReport(Actors.HealthOfficer, twice.Id, twice.Version);

        Assert.Contains("period", badPeriod.Errors.Keys);
        Assert.Equal(("2015-Q2", "第二季度进展", 2), (corrected.Period, corrected.Text, corrected.Version));
        Assert.Equal(["progress-report.submitted", "progress-report.corrected"], _f.AuditFor(report.Id).Select(a => a.Action));
        Assert.Equal("progress-report.deleted", _f.AuditFor(twice.Id).Last().Action);
        Assert.Equal([report.Id], _f.Implementation.ListProgressReports(Actors.HealthOfficer, null, cycle.Id, FirstPage).Items.Select(r => r.Id));

        var activity = _f.RecordActivity(cycle, "区医院");
        _f.Implementation.SubmitSummary(Actors.HealthOfficer, cycle.Id, null, new SummaryInput("总结", null, [activity.Id]));
        Assert.Throws<StepOutOfOrderException>(() =>
            _f.Implementation.UpdateProgressReport(Actors.HealthOfficer, report.Id, corrected.Version, new ProgressReportInput("2015-Q3", "迟改")));
        Assert.Throws<StepOutOfOrderException>(() => _f.Implementation.DeleteProgressReport(Actors.HealthOfficer, report.Id, corrected.Version));
    }

    [Fact]
    public void Photos_carry_captions_and_a_cycles_photos_are_listed()
    {
        var cycle = _f.SeedCycle();
        _f.FileFirstPlan(cycle);
        var first = _f.Implementation.UploadPhoto(Actors.HealthOfficer, cycle.Id, "a.png", new MemoryStream(Png), "区医院典型病例研讨现场");
        _f.Clock.Advance(TimeSpan.FromMinutes(5));
        var second = _f.Implementation.UploadPhoto(Actors.HealthOfficer, cycle.Id, "b.png", new MemoryStream(Png));

        Assert.Throws<PreconditionRequiredException>(() =>
            _f.Implementation.CaptionPhoto(Actors.HealthOfficer, second.Id, IfMatch.Absent, new PhotoCaptionInput("中医院研讨")));
        Assert.Throws<InputValidationException>(() =>
            _f.Implementation.CaptionPhoto(Actors.HealthOfficer, second.Id, second.Version, new PhotoCaptionInput(new string('图', 201))));
        var captioned = _f.Implementation.CaptionPhoto(Actors.HealthOfficer, second.Id, second.Version, new PhotoCaptionInput("中医院研讨"));

        Assert.Equal("区医院典型病例研讨现场", first.Caption);
        Assert.Equal(("中医院研讨", 2), (captioned.Caption, captioned.Version));
        var listed = _f.Implementation.ListPhotos(Actors.TalentOffice, cycle.Id, FirstPage);
        Assert.Equal([(second.Id, "中医院研讨"), (first.Id, "区医院典型病例研讨现场")], listed.Items.Select(p => (p.Id, p.Caption)));
        Assert.Equal(2, listed.Total);
        Assert.Throws<ForbiddenException>(() => _f.Implementation.ListPhotos(Actors.TeachersSchool, cycle.Id, FirstPage));
        Assert.Equal("photo.captioned", _f.AuditFor(second.Id).Last().Action);
    }

    [Fact]
    public void The_first_summary_creates_it_without_if_match_and_a_resubmission_changes_it_with_one()
    {
        var cycle = _f.SeedCycle();
        _f.FileFirstPlan(cycle);
        var activity = _f.RecordActivity(cycle, "区医院");
        var first = _f.Implementation.SubmitSummary(Actors.HealthOfficer, cycle.Id, null, new SummaryInput("总结", null, [activity.Id]));
        var returned = _f.Acceptance.Return(Actors.TalentOffice, cycle.Id, first.Version, new AcceptanceReturn("请补充照片"));

        Assert.Throws<PreconditionRequiredException>(() =>
            _f.Implementation.SubmitSummary(Actors.HealthOfficer, cycle.Id, null, new SummaryInput("补充后的总结", null, [activity.Id])));
        Assert.Throws<PreconditionFailedException>(() =>
            _f.Implementation.SubmitSummary(Actors.HealthOfficer, cycle.Id, first.Version, new SummaryInput("补充后的总结", null, [activity.Id])));
        var again = _f.Implementation.SubmitSummary(Actors.HealthOfficer, cycle.Id, returned.Version, new SummaryInput("补充后的总结", null, [activity.Id]));

        Assert.Equal((2, "补充后的总结"), (again.Submissions, again.Text));
        Assert.Equal(CycleStage.Summarized, _f.Cycle(cycle.Id).Stage);
    }
}
