using Kunpeng.Host.Workflow;
using Kunpeng.Host.Workflow.Audit;
using Kunpeng.Host.Problems;
using Kunpeng.Host.Workflow.Cycles;
using Kunpeng.Host.Workflow.Implementation;
using Kunpeng.Workflow.Tests.Infrastructure;

namespace Kunpeng.Workflow.Tests.Implementation;

public sealed class ImplementationServiceTests : IDisposable
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46, 0, 1];

    private readonly SeededCycleRegistry _f = new(maxPhotoBytes: 1024);

    public void Dispose() => _f.Dispose();

    [Fact]
    public void No_activity_before_the_plan_is_filed()
    {
        var cycle = _f.SeedCycle();

        Assert.Throws<StepOutOfOrderException>(() => _f.RecordActivity(cycle, "区医院"));
        Assert.Throws<StepOutOfOrderException>(() =>
            _f.Implementation.SubmitProgressReport(Actors.HealthOfficer, cycle.Id, new ProgressReportInput("2015-Q2", "进展")));
        Assert.Equal(0, _f.Db.GetCollection<ActivityRecord>(ActivityRecord.Set.Name).Count());
    }

    [Fact]
    public void Four_activities_at_the_district_hospital_meet_its_target_three_at_the_tcm_hospital_do_not()
    {
        var cycle = _f.SeedCycle();
        _f.FileFirstPlan(cycle);
        for (var i = 1; i <= 4; i++)
        {
            _f.RecordActivity(cycle, "区医院", $"2015-0{i + 2}-15");
        }

        for (var i = 1; i <= 3; i++)
        {
            _f.RecordActivity(cycle, "中医院", $"2015-0{i + 2}-20");
        }

        // An activity of the measure without a target scope (e.g. at a branch) counts for no base.
        _f.Implementation.RecordActivity(Actors.HealthOfficer, cycle.Id, new ActivityInput(
            "2015-06-01", TestDomainTerms.ContinuingEducation, "分院业务交流", "学术交流", ActivityRecord.NoScope, "城关分院", null, 30, null, null));

        var targets = _f.Implementation.Targets(Actors.HealthOfficer, cycle.Id).ToDictionary(t => t.Scope ?? t.TargetId);

        Assert.Equal(4, targets["区医院"].Activities);
        Assert.True(targets["区医院"].Met);
        Assert.Equal(3, targets["中医院"].Activities);
        Assert.False(targets["中医院"].Met);
        Assert.Equal(0, targets["第二人民医院"].Activities);
        Assert.False(targets["第二人民医院"].Met);
        Assert.Equal(4, targets["区医院"].MinimumPerYear);
        Assert.False(targets["annual-contest"].Met);

        _f.Implementation.RecordActivity(Actors.HealthOfficer, cycle.Id, new ActivityInput(
            "2015-09-09", TestDomainTerms.SkillsContest, "全区卫生技能竞赛", "技能竞赛", null, "区体育馆", [cycle.Top[0], cycle.Backbone[0]], 200, null, null));
        Assert.True(_f.Implementation.Targets(Actors.TalentOffice, cycle.Id).Single(t => t.TargetId == "annual-contest").Met);
    }

    [Fact]
    public void Bad_activities_are_refused_naming_the_field()
    {
        var cycle = _f.SeedCycle();
        _f.FileFirstPlan(cycle);

        var refusal = Assert.Throws<InputValidationException>(() => _f.Implementation.RecordActivity(Actors.HealthOfficer, cycle.Id, new ActivityInput(
            "2016-01-05", TestDomainTerms.ContinuingEducation, "病例研讨", "广场舞", "区人民医院", null, [cycle.Rejected, "nobody"], -1, ["no-photo"], null)));

        Assert.Equal(
            ["date", "form", "otherParticipants", "participantNominationIds[0]", "participantNominationIds[1]", "photoIds[0]", "scope"],
            refusal.Errors.Keys.Order(StringComparer.Ordinal));
        var unknown = Assert.Throws<InputValidationException>(() => _f.Implementation.RecordActivity(Actors.HealthOfficer, cycle.Id, new ActivityInput(
            "2015-05-05", "no-such-measure", "x", null, null, null, null, null, null, null)));
        Assert.Contains("measureId", unknown.Errors.Keys);
        Assert.Equal(0, _f.Db.GetCollection<ActivityRecord>(ActivityRecord.Set.Name).Count());
    }

    [Fact]
    public void Activities_are_updated_with_if_match_and_listed_by_measure()
    {
        var cycle = _f.SeedCycle();
        _f.FileFirstPlan(cycle);
        var activity = _f.RecordActivity(cycle, "区医院");
        var input = new ActivityInput("2015-05-11", TestDomainTerms.ContinuingEducation, "典型病例研讨（更正）", "典型病例研讨", "中医院", "中医院", null, 5, null, "日期更正");

        var updated = _f.Implementation.UpdateActivity(Actors.HealthOfficer, activity.Id, activity.Version, input);
        Assert.Throws<PreconditionFailedException>(() => _f.Implementation.UpdateActivity(Actors.HealthOfficer, activity.Id, activity.Version, input));

        Assert.Equal(2, updated.Version);
        Assert.Equal("中医院", updated.Scope);
        Assert.Equal(1, _f.Implementation.ListActivities(Actors.HealthOfficer, null, cycle.Id, TestDomainTerms.ContinuingEducation, new Host.Workflow.Paging(1, 10)).Total);
        Assert.Equal(0, _f.Implementation.ListActivities(Actors.HealthOfficer, null, cycle.Id, TestDomainTerms.SkillsContest, new Host.Workflow.Paging(1, 10)).Total);
        Assert.Throws<ForbiddenException>(() => _f.Implementation.UpdateActivity(Actors.TeachersSchool, activity.Id, updated.Version, input));
        Assert.Throws<ForbiddenException>(() => _f.Implementation.GetActivity(Actors.Reviewer, activity.Id));
    }

    [Fact]
    public void Photos_are_stored_as_jpeg_or_png_within_the_size_limit()
    {
        var cycle = _f.SeedCycle();
        Assert.Throws<StepOutOfOrderException>(() => _f.Implementation.UploadPhoto(Actors.HealthOfficer, cycle.Id, "a.png", new MemoryStream(Png)));
        _f.FileFirstPlan(cycle);

        var png = _f.Implementation.UploadPhoto(Actors.HealthOfficer, cycle.Id, "研讨会.png", new MemoryStream(Png));
        var jpeg = _f.Implementation.UploadPhoto(Actors.HealthOfficer, cycle.Id, "../../etc/现场.jpg", new MemoryStream(Jpeg));
        var notImage = Assert.Throws<InputValidationException>(() =>
            _f.Implementation.UploadPhoto(Actors.HealthOfficer, cycle.Id, "fake.png", new MemoryStream("not an image"u8.ToArray())));
        var tooLarge = Assert.Throws<InputValidationException>(() =>
            _f.Implementation.UploadPhoto(Actors.HealthOfficer, cycle.Id, "big.png", new MemoryStream([.. Png, .. new byte[2048]])));

        Assert.Equal("image/png", png.ContentType);
        Assert.Equal("image/jpeg", jpeg.ContentType);
        Assert.Equal("现场.jpg", jpeg.FileName);
        Assert.Contains("file", notImage.Errors.Keys);
        Assert.Contains("file", tooLarge.Errors.Keys);
        var (photo, bytes) = _f.Implementation.DownloadPhoto(Actors.TalentOffice, png.Id);
        Assert.Equal(Png, bytes);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Png)), photo.Sha256);
        Assert.Throws<ForbiddenException>(() => _f.Implementation.DownloadPhoto(Actors.Unit, png.Id));
        Assert.Equal(2, _f.Store.FilesIn(WorkPhoto.Bucket).List("").Count);

        var activity = _f.Implementation.RecordActivity(Actors.HealthOfficer, cycle.Id, new ActivityInput(
            "2015-05-10", TestDomainTerms.ContinuingEducation, "典型病例研讨", "典型病例研讨", "区医院", "区医院", [cycle.Top[0]], 0, [png.Id, jpeg.Id], null));
        Assert.Equal([png.Id, jpeg.Id], activity.PhotoIds);
    }

    [Fact]
    public void Progress_reports_name_a_period_of_the_cycle_year()
    {
        var cycle = _f.SeedCycle();
        _f.FileFirstPlan(cycle);

        var bad = Assert.Throws<InputValidationException>(() =>
            _f.Implementation.SubmitProgressReport(Actors.HealthOfficer, cycle.Id, new ProgressReportInput("2016-Q1", "")));
        _f.Implementation.SubmitProgressReport(Actors.HealthOfficer, cycle.Id, new ProgressReportInput("2015-Q2", "第二季度开展病例研讨4次"));
        _f.Implementation.SubmitProgressReport(Actors.HealthOfficer, cycle.Id, new ProgressReportInput("2015-06", "六月份进展"));

        Assert.Equal(["period", "text"], bad.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(2, _f.Implementation.ListProgressReports(Actors.TalentOffice, "health", cycle.Id, new Host.Workflow.Paging(1, 10)).Total);
    }

    [Fact]
    public void The_summary_moves_the_cycle_to_summarized_and_is_on_time_until_31_December_china_time()
    {
        var cycle = _f.SeedCycle();
        _f.FileFirstPlan(cycle);
        var activity = _f.RecordActivity(cycle, "区医院");
        var noActivity = Assert.Throws<InputValidationException>(() =>
            _f.Implementation.SubmitSummary(Actors.HealthOfficer, cycle.Id, null, new SummaryInput("总结", null, null)));
        Assert.Contains("activityIds", noActivity.Errors.Keys);
        // 31 December 23:30 in the district is 15:30 UTC: still on time.
        _f.Clock.SetUtcNow(new DateTimeOffset(2015, 12, 31, 15, 30, 0, TimeSpan.Zero));

        var summary = _f.Implementation.SubmitSummary(Actors.HealthOfficer, cycle.Id, null, new SummaryInput("2015年度工作总结", null, [activity.Id]));

        Assert.False(summary.Late);
        Assert.Equal(SummaryStatus.Submitted, summary.Status);
        Assert.Equal(CycleStage.Summarized, _f.Cycle(cycle.Id).Stage);
        Assert.Throws<StepOutOfOrderException>(() => _f.RecordActivity(cycle, "区医院"));
        Assert.Throws<StepOutOfOrderException>(() =>
            _f.Implementation.SubmitSummary(Actors.HealthOfficer, cycle.Id, summary.Version, new SummaryInput("再交", null, [activity.Id])));
    }

    [Fact]
    public void A_summary_after_31_December_is_accepted_and_marked_late()
    {
        var cycle = _f.SeedCycle();
        _f.FileFirstPlan(cycle);
        var activity = _f.RecordActivity(cycle, "区医院");
        // 1 January 00:30 in the district (31 December 16:30 UTC).
        _f.Clock.SetUtcNow(new DateTimeOffset(2015, 12, 31, 16, 30, 0, TimeSpan.Zero));

        var summary = _f.Implementation.SubmitSummary(Actors.HealthOfficer, cycle.Id, null, new SummaryInput("迟交的总结", null, [activity.Id]));

        Assert.True(summary.Late);
        Assert.Equal(1, summary.DaysLate);
        Assert.Equal("summary.submitted-late", _f.AuditFor(cycle.Id).Single(a => a.EntityType == "summary").Action);
    }

    [Fact]
    public void No_summary_before_a_plan_is_filed()
    {
        var cycle = _f.SeedCycle();

        Assert.Throws<StepOutOfOrderException>(() =>
            _f.Implementation.SubmitSummary(Actors.HealthOfficer, cycle.Id, null, new SummaryInput("总结", null, ["x"])));
        Assert.Throws<ForbiddenException>(() =>
            _f.Implementation.SubmitSummary(Actors.Reviewer, cycle.Id, null, new SummaryInput("总结", null, ["x"])));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xDB }, "image/jpeg")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "image/png")]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61 }, null)]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46 }, null)]
    [InlineData(new byte[0], null)]
    public void Image_type_is_judged_from_the_bytes(byte[] bytes, string? expected) =>
        Assert.Equal(expected, ImplementationService.SniffImageType(bytes));
}
