namespace Kunpeng.Host.WebClient;

/// <summary>
/// Serves the front office (the Blazor WebAssembly client, <c>host/Kunpeng.Web</c>) at "/": its static
/// assets, and its index page for every client-side route. The API, Swagger UI and /health keep their
/// own answers: an unknown /api path is still a 404, never the index page.
/// </summary>
public static class WebClientSetup
{
    public static WebApplication UseKunpengWebClient(this WebApplication app)
    {
        app.UseMiddleware<ContentSecurityPolicyMiddleware>();
        app.MapStaticAssets();
        // Client routes (/login, /nominations/…) are resolved in the browser; only paths that are not the
        // API's, Swagger's, health's or a file's fall back to the index page.
        app.MapFallbackToFile("/", "index.html");
        app.MapFallbackToFile("{*path:regex(^(?!api/|api$|swagger/|swagger$|health$|_framework/|_content/).*$):nonfile}", "index.html");
        return app;
    }
}
