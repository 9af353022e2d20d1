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
        await page.WaitForSelectorAsync("text=退出登录");
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
