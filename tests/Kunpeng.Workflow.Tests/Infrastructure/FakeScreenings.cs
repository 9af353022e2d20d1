using Kunpeng.Host.Workflow.Nominations;
using NSubstitute;

namespace Kunpeng.Workflow.Tests.Infrastructure;

/// <summary>A screener double: every call answers the verdict the test sets, as plugin "fake" 9.9.9.</summary>
public static class FakeScreenings
{
    public static INominationScreener Returning(Func<string> verdict, params (string Id, string Kind, string Status)[] conditions)
    {
        var screener = Substitute.For<INominationScreener>();
        screener.Screen(default!, default!, default!, default!, default).ReturnsForAnyArgs(call => new Screening
        {
            PluginId = "fake",
            PluginVersion = "9.9.9",
            Tier = call.ArgAt<string>(1),
            ReferenceDate = call.ArgAt<DateOnly>(4).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            Verdict = verdict(),
            NotMet = conditions.Where(c => c.Status == "not-met").Select(c => c.Id).ToList(),
            Conditions = conditions.Select(c => new ScreenedCondition { Id = c.Id, Kind = c.Kind, Status = c.Status, TextZh = c.Id }).ToList(),
        });
        return screener;
    }
}
