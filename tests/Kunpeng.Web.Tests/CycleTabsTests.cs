using Bunit;
using Kunpeng.Web.Api.Models;
using Kunpeng.Web.Components;
using Kunpeng.Web.Pages.Cycles.Tabs;
using Xunit;

namespace Kunpeng.Web.Tests;

public sealed class CycleTabsTests
{
    private static readonly CycleView Implementing = new("education-2016", "p", "education", 2016, new DateOnly(2016, 8, 31), new DateOnly(2016, 9, 30),
        "implementing", false, null, false, 4);

    [Fact]
    public async Task Overdue_tasks_are_highlighted_and_the_others_are_not()
    {
        await using var ctx = new WebTestContext("bureau-officer", domainId: "education");
        ctx.Api.On("GET", "/api/tasks", """
            {"items":[
              {"id":"t1","cycleId":"education-2016","domainId":"education","year":2016,"task":"组织集中培训","duty":"人事科","target":"2次","deadline":"2016-06-30","responsibleLeader":"刘局长","status":"planned","overdue":true,"doneUtc":null,"version":1},
              {"id":"t2","cycleId":"education-2016","domainId":"education","year":2016,"task":"报送总结","duty":"办公室","target":"1份","deadline":"2099-12-31","responsibleLeader":"刘局长","status":"planned","overdue":false,"doneUtc":null,"version":1}],
             "page":1,"pageSize":200,"total":2}
            """);

        var cut = ctx.Render<CycleTasks>(p => p.Add(c => c.Cycle, Implementing));

        cut.WaitForAssertion(() =>
        {
            var rows = cut.FindAll("[data-testid=tasks] tbody tr");
            Assert.Equal(2, rows.Count);
            Assert.Contains("kp-overdue", rows[0].ClassName);
            Assert.Contains("已逾期", rows[0].TextContent);
            Assert.DoesNotContain("kp-overdue", rows[1].ClassName ?? "");
        });
    }

    [Theory]
    [InlineData(3, 5, 6, false, "width:42.9%", "")]
    [InlineData(8, 5, 6, true, "width:100%", "kp-beyond")]
    public async Task The_quota_bar_fills_against_the_limit_and_turns_red_beyond_the_tolerance(int selected, int quota, int limit, bool beyond, string width, string cssClass)
    {
        await using var ctx = new WebTestContext();

        var cut = ctx.Render<QuotaBar>(p => p.Add(b => b.Tier, "top").Add(b => b.Name, "拔尖人才").Add(b => b.Selected, selected).Add(b => b.Quota, quota)
            .Add(b => b.Limit, limit).Add(b => b.QuotaText, "5名左右").Add(b => b.Beyond, beyond));

        var fill = cut.Find(".kp-bar > span");
        Assert.Contains(width, fill.GetAttribute("style"));
        Assert.Equal(cssClass, fill.ClassName ?? "");
        Assert.Contains($"已选 {selected} 人 / 名额 5名左右", cut.Markup);
        Assert.Equal(beyond, cut.Markup.Contains("超出浮动比例", StringComparison.Ordinal));
    }
}
