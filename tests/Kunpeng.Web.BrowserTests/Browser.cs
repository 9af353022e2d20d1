using Microsoft.Playwright;

namespace Kunpeng.Web.BrowserTests;

/// <summary>
/// Debian's Chromium driven by Playwright (never Playwright's own download), headless, --no-sandbox
/// when run as root; screenshots go to artifacts/screenshots (ignored by git).
/// </summary>
public sealed class Browser : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;

    private Browser(IPlaywright playwright, IBrowser chromium)
    {
        _playwright = playwright;
        Chromium = chromium;
    }

    public IBrowser Chromium { get; }

    public static string ScreenshotFolder { get; } = Path.Combine(HostProcess.RepoRoot, "artifacts", "screenshots");

    public static async Task<Browser> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var chromium = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = Environment.UserName == "root" || Environment.GetEnvironmentVariable("USER") == "root" ? ["--no-sandbox"] : [],
        });
        return new Browser(playwright, chromium);
    }

    /// <summary>A fresh tab (its own memory, so its own login) at a given screen size.</summary>
    public async Task<IPage> NewPageAsync(Uri baseAddress, int width = 1366, int height = 768)
    {
        var context = await Chromium.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "zh-CN",
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        return page;
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
    }

    public async ValueTask DisposeAsync()
    {
        await Chromium.DisposeAsync();
        _playwright.Dispose();
    }
}
