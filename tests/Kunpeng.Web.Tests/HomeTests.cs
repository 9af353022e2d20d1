using Bunit;
using Kunpeng.Web.Inbox;
using Kunpeng.Web.Pages;
using Xunit;

namespace Kunpeng.Web.Tests;

public sealed class HomeTests
{
    [Fact]
    public async Task A_unit_clerk_sees_its_drafts_to_submit_with_the_cycle_deadline()
    {
        await using var ctx = new WebTestContext("nominating-unit", unit: "第一中学");
        ctx.Api.On("GET", "/api/nominations", """
            {"items":[{"id":"n1","cycleId":"education-2016","domainId":"education","year":2016,"tier":"top","personId":"p1","personName":"李明华",
                       "unit":"第一中学","channel":"unit-nomination","status":"draft","latestVerdict":null,"panelResult":null,"submittedUtc":null,"version":1}],
             "page":1,"pageSize":200,"total":1}
            """);
        ctx.Api.On("GET", "/api/cycles", Json.OpenEducationCycle);

        var cut = ctx.Render<Home>();

        cut.WaitForAssertion(() =>
        {
            var rows = cut.FindAll("[data-testid=inbox] tbody tr");
            Assert.Equal(2, rows.Count);
            var draft = Assert.Single(rows, r => r.TextContent.Contains("待提交", StringComparison.Ordinal));
            Assert.Contains("李明华（教育 · 拔尖人才）", draft.TextContent);
            Assert.Contains("2099-09-30", draft.TextContent);
            Assert.Equal("nominations/n1", draft.QuerySelector("a")!.GetAttribute("href"));
            Assert.Single(rows, r => r.TextContent.Contains("2016年教育领域正在接受推荐", StringComparison.Ordinal));
        });
        Assert.Contains(ctx.Api.Requests, r => r.PathAndQuery.StartsWith("/api/nominations?status=draft", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_reviewer_sees_only_the_reviews_not_yet_done()
    {
        await using var ctx = new WebTestContext("expert-reviewer");
        ctx.Api.On("GET", "/api/nominations", """
            {"items":[
              {"id":"n1","cycleId":"c","domainId":"education","year":2016,"tier":"top","personId":"p1","personName":"待评一","unit":"u","channel":"unit-nomination","status":"under-review","latestVerdict":"eligible","panelResult":"pending","submittedUtc":null,"version":3},
              {"id":"n2","cycleId":"c","domainId":"education","year":2016,"tier":"top","personId":"p2","personName":"已评二","unit":"u","channel":"unit-nomination","status":"under-review","latestVerdict":"eligible","panelResult":"pending","submittedUtc":null,"version":3}],
             "page":1,"pageSize":200,"total":2}
            """);
        ctx.Api.On("GET", "/api/nominations/n2/reviews/mine", """
            {"id":"r2","nominationId":"n2","cycleId":"c","domainId":"education","reviewerId":"acc-1","reviewerName":"x","conflict":false,"conflictNote":null,
             "judgments":[],"documentsAuthentic":true,"documentsNote":null,"score":90,"recommendation":"admit","exceptions":[],"comment":null,"submittedUtc":"2016-10-01T00:00:00Z","version":1}
            """);

        var cut = ctx.Render<Home>();

        cut.WaitForAssertion(() =>
        {
            var rows = cut.FindAll("[data-testid=inbox] tbody tr");
            Assert.Single(rows);
            Assert.Contains("待评一", rows[0].TextContent);
            Assert.Equal("reviews/n1", rows[0].QuerySelector("a")!.GetAttribute("href"));
        });
    }

    [Fact]
    public void Overdue_items_come_first_then_by_deadline_and_undated_last()
    {
        var sorted = InboxService.Sorted(
        [
            new InboxItem("a", "无日期", "x"),
            new InboxItem("b", "晚", "x", new DateOnly(2016, 12, 1)),
            new InboxItem("c", "逾期", "x", new DateOnly(2016, 12, 20), Overdue: true),
            new InboxItem("d", "早", "x", new DateOnly(2016, 10, 1)),
        ]);

        Assert.Equal(["逾期", "早", "晚", "无日期"], sorted.Select(i => i.Title));
    }
}
