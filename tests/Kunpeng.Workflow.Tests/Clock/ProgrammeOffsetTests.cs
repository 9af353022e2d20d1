using Kunpeng.Host.Workflow.Cycles;
using Kunpeng.Host.Workflow.Implementation;
using Kunpeng.Host.Workflow.Tasks;
using Kunpeng.Workflow.Tests.Infrastructure;

namespace Kunpeng.Workflow.Tests.Clock;

/// <summary>One clock: the configured offset decides every date the workflow judges, not some of them.</summary>
public sealed class ProgrammeOffsetTests
{
    [Theory]
    [InlineData(8, true)]
    [InlineData(0, false)]
    [InlineData(-5, false)]
    public void The_configured_offset_moves_overdue_late_and_the_nomination_deadline_together(double offsetHours, bool newYearInTheDistrict)
    {
        using var f = new SeededCycleRegistry();
        f.WorkflowOptions.UtcOffsetHours = offsetHours;
        var cycle = f.SeedCycle();
        f.FileFirstPlan(cycle);
        var activity = f.RecordActivity(cycle, "区医院");
        var task = f.Tasks.Create(Actors.HealthOfficer, cycle.Id, new TaskInput("年终总结", "区卫生局科教科", "年底前报送", "2015-12-31", "张副局长", null));
        var nominating = new Cycle { Id = "culture-2015", DomainId = "culture", Year = 2015, Stage = CycleStage.Nominating, NominationDeadline = new DateOnly(2015, 12, 31) };

        // 31 December 2015, 20:00 UTC: 1 January 2016 at UTC+8, still 31 December at UTC+0 and UTC-5.
        f.Clock.SetUtcNow(new DateTimeOffset(2015, 12, 31, 20, 0, 0, TimeSpan.Zero));

        Assert.Equal(newYearInTheDistrict ? new DateOnly(2016, 1, 1) : new DateOnly(2015, 12, 31), f.ProgrammeClock.Today);
        Assert.Equal(newYearInTheDistrict, TaskView.Of(f.Tasks.Get(Actors.HealthOfficer, task.Id), f.Tasks.Today).Overdue);
        Assert.Equal(newYearInTheDistrict ? 1 : 0, f.Tasks.List(Actors.HealthOfficer, null, cycle.Id, null, overdueOnly: true, new Host.Workflow.Paging(1, 10)).Total);
        Assert.Equal(!newYearInTheDistrict, CycleRules.AcceptsNominations(nominating, f.ProgrammeClock.Today));
        var summary = f.Implementation.SubmitSummary(Actors.HealthOfficer, cycle.Id, null, new SummaryInput("2015年度工作总结", null, [activity.Id]));
        Assert.Equal(newYearInTheDistrict, summary.Late);
        Assert.Equal(newYearInTheDistrict ? 1 : 0, summary.DaysLate);
    }
}
