using Microsoft.Playwright;
using Xunit;

namespace Kunpeng.Web.BrowserTests;

/// <summary>With --seed-demo every role's pages look alive: each demo account logs in and sees its part.</summary>
public sealed class DemoTourTests : IAsyncLifetime
{
    private HostProcess _host = null!;
    private Browser _browser = null!;

    public async Task InitializeAsync()
    {
        _host = await HostProcess.StartAsync(seedDemo: true);
        _browser = await Browser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task The_unit_clerk_starts_a_culture_nomination_and_sees_it_screened_clause_by_clause()
    {
        var page = await _browser.NewPageAsync(_host.Address);
        await Pages.LoginAsync(page, "demo.unit.school");
        await page.WaitForSelectorAsync("[data-testid=inbox]");
        Assert.Contains("正在接受推荐", await page.InnerTextAsync("[data-testid=inbox]"));
        await Browser.ScreenshotAsync(page, "unit-home");

        await page.ClickAsync("nav >> text=我的推荐");
        await page.WaitForSelectorAsync("[data-testid=nominations] tbody tr");
        Assert.Contains("李明华", await page.InnerTextAsync("[data-testid=nominations]"));

        await page.ClickAsync("nav >> text=新建推荐");
        await page.WaitForSelectorAsync("#fact-associationMembership");
        await page.FillAsync("#person-name", "周晓梅");
        await Pages.SelectAsync(page, "fact-associationMembership", "市级协会会员");
        await page.WaitForSelectorAsync("[data-testid=conditions] tbody tr");
        var conditions = await page.InnerTextAsync("[data-testid=conditions]");
        Assert.Matches(@"\d", conditions); // clause numbers
        Assert.Contains("市级", conditions);
        await Browser.ScreenshotAsync(page, "unit-new-nomination");
    }

    [Fact]
    public async Task The_reviewer_the_bureau_and_the_Talent_Office_each_see_their_pages()
    {
        var reviewer = await _browser.NewPageAsync(_host.Address, 375, 812);
        await Pages.LoginAsync(reviewer, "demo.expert.wang");
        await reviewer.ClickAsync("[aria-label=展开或收起菜单]");
        await reviewer.ClickAsync("nav >> text=评审任务");
        await reviewer.WaitForSelectorAsync("[data-testid=reviews]");
        await Browser.ScreenshotAsync(reviewer, "reviewer-phone-list");

        var bureau = await _browser.NewPageAsync(_host.Address);
        await Pages.LoginAsync(bureau, "demo.edu.officer");
        Assert.Contains("区教育局", await bureau.InnerTextAsync("[data-testid=who]"));
        await bureau.ClickAsync("nav >> text=推荐名单");
        await bureau.WaitForSelectorAsync("[data-testid=verdict-mix]");
        await Browser.ScreenshotAsync(bureau, "bureau-nominations");

        var office = await _browser.NewPageAsync(_host.Address, 1920, 1080);
        await Pages.LoginAsync(office, "demo.talent.office");
        await office.WaitForSelectorAsync("[data-testid=inbox], [data-testid=inbox-empty]");
        await Browser.ScreenshotAsync(office, "office-home");
    }
}
