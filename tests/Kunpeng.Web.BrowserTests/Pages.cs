using Microsoft.Playwright;

namespace Kunpeng.Web.BrowserTests;

/// <summary>What a person does on every page: log in, go to a page, wait for it to be ready.</summary>
public static class Pages
{
    public const string DemoPassword = "kunpeng-demo-2015";

    public static async Task LoginAsync(IPage page, string userName, string password = DemoPassword)
    {
        await page.GotoAsync("login");
        await page.FillAsync("#login-user", userName);
        await page.FillAsync("#login-password", password);
        await page.ClickAsync("button[type=submit]");
        // Signed in, or refused: a refusal fails here with the page's own message instead of a bare timeout.
        // Hashing the password and loading the home page's lists can take long on a CI machine running
        // every test project at once, so this one wait gets more than the page's default.
        var outcome = page.Locator("text=退出登录").Or(page.Locator("[role=alert]"));
        await outcome.First.WaitForAsync(new() { Timeout = 90_000 });
        var alert = page.Locator("[role=alert]");
        if (await alert.CountAsync() > 0 && !await page.Locator("text=退出登录").IsVisibleAsync())
        {
            throw new InvalidOperationException($"Logging in as {userName} was refused: {await alert.First.InnerTextAsync()}");
        }
    }

    /// <summary>Goes to a page inside the app (client-side navigation, so the login in memory stays).</summary>
    public static async Task OpenAsync(IPage page, string relative)
    {
        await page.EvaluateAsync("url => window.history.pushState(null, '', url)", "/" + relative.TrimStart('/'));
        await page.EvaluateAsync("() => window.dispatchEvent(new PopStateEvent('popstate'))");
    }

    /// <summary>Picks a value in a MudBlazor select by the select's input id and the item's text.</summary>
    public static async Task SelectAsync(IPage page, string inputId, string itemText)
    {
        await page.Locator($"#{inputId}").Locator("xpath=ancestor::div[contains(@class,'mud-select')][1]").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").GetByText(itemText, new() { Exact = false }).First.ClickAsync();
    }
}
