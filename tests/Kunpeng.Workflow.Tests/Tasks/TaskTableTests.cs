using Kunpeng.Host.Problems;
using Kunpeng.Host.Workflow.Cycles;
using Kunpeng.Host.Workflow.Tasks;
using Kunpeng.Workflow.Tests.Infrastructure;

namespace Kunpeng.Workflow.Tests.Tasks;

public sealed class TaskTableTests : IDisposable
{
    private static readonly Host.Workflow.Paging FirstPage = new(1, 50);
    private readonly SeededCycleRegistry _f = new();

    public void Dispose() => _f.Dispose();

    private DecompositionTask Add(SeededCycle cycle, string task, string deadline, string? status = null) =>
        _f.Tasks.Create(Actors.HealthOfficer, cycle.Id, new TaskInput(task, "区卫生局科教科", "全年4次病例研讨", deadline, "张副局长", status));

    [Fact]
    public void Overdue_tasks_are_those_past_their_deadline_in_china_time_and_not_done()
    {
        var cycle = _f.SeedCycle();
        var early = Add(cycle, "制定年度培养计划", "2015-05-31");
        Add(cycle, "上报年度计划", "2015-05-20", "done");
        var midYear = Add(cycle, "上半年进度报送", "2015-06-30", "in-progress");
        Add(cycle, "年终总结", "2015-12-25");

        // 1 June 2015 10:00 in the district.
        var overdue = _f.Tasks.List(Actors.HealthOfficer, null, cycle.Id, null, overdueOnly: true, FirstPage);
        Assert.Equal([early.Id], overdue.Items.Select(t => t.Id));

        // 30 June 16:30 UTC is already 1 July in the district.
        _f.Clock.SetUtcNow(new DateTimeOffset(2015, 6, 30, 16, 30, 0, TimeSpan.Zero));
        overdue = _f.Tasks.List(Actors.TalentOffice, "health", null, null, overdueOnly: true, FirstPage);
        Assert.Equal([early.Id, midYear.Id], overdue.Items.Select(t => t.Id));
        Assert.True(TaskView.Of(overdue.Items[1], _f.Tasks.Today).Overdue);

        var done = _f.Tasks.Update(Actors.HealthOfficer, early.Id, early.Version, new TaskInput(early.Task, early.Duty, early.Target, "2015-05-31", early.ResponsibleLeader, "done"));
        Assert.NotNull(done.DoneUtc);
        Assert.Equal([midYear.Id], _f.Tasks.List(Actors.HealthOfficer, null, null, null, true, FirstPage).Items.Select(t => t.Id));
        Assert.Equal(2, _f.Tasks.List(Actors.HealthOfficer, null, null, DecompositionTaskStatus.Done, false, FirstPage).Total);
    }

    [Fact]
    public void Rows_need_every_column_and_a_known_status()
    {
        var cycle = _f.SeedCycle();

        var refusal = Assert.Throws<InputValidationException>(() =>
            _f.Tasks.Create(Actors.HealthOfficer, cycle.Id, new TaskInput("", null, "目标", "2015-02-30", " ", "finished")));

        Assert.Equal(["deadline", "duty", "responsibleLeader", "status", "task"], refusal.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(0, _f.Tasks.List(Actors.TalentOffice, null, null, null, false, FirstPage).Total);
    }

    [Fact]
    public void Updates_need_the_current_version()
    {
        var cycle = _f.SeedCycle();
        var task = Add(cycle, "组织培训", "2015-09-30");
        var input = new TaskInput("组织培训", "科教科", "两期", "2015-09-30", "张副局长", "in-progress");
        _f.Tasks.Update(Actors.HealthOfficer, task.Id, task.Version, input);

        Assert.Throws<PreconditionFailedException>(() => _f.Tasks.Update(Actors.HealthOfficer2, task.Id, task.Version, input with { Status = "done" }));
        Assert.Equal(DecompositionTaskStatus.InProgress, _f.Tasks.Get(Actors.HealthOfficer, task.Id).Status);
    }

    [Fact]
    public void Each_bureau_keeps_its_own_table_and_a_closed_cycle_is_kept_as_it_was()
    {
        var cycle = _f.SeedCycle();
        var closed = _f.SeedCycle(year: 2014, stage: CycleStage.Closed);
        var task = Add(cycle, "组织培训", "2015-09-30");

        Assert.Throws<ForbiddenException>(() => _f.Tasks.Create(Actors.TeachersSchool, cycle.Id, new TaskInput("x", "x", "x", "2015-09-30", "x", null)));
        Assert.Throws<ForbiddenException>(() => _f.Tasks.Get(Actors.Reviewer, task.Id));
        Assert.Throws<ForbiddenException>(() => _f.Tasks.List(Actors.TeachersSchool, "health", null, null, false, FirstPage));
        Assert.Equal(0, _f.Tasks.List(Actors.TeachersSchool, null, null, null, false, FirstPage).Total);
        Assert.Throws<StepOutOfOrderException>(() => _f.Tasks.Create(Actors.HealthOfficer, closed.Id, new TaskInput("x", "x", "x", "2014-09-30", "x", null)));
    }
}
