namespace Kunpeng.Host.WebClient;

/// <summary>
/// Sends a Content-Security-Policy on the front office's pages: scripts, styles, images and API calls
/// from this origin only, nothing framed, no plugin objects. The client is Blazor WebAssembly, which
/// needs <c>'wasm-unsafe-eval'</c> to compile its runtime (and nothing else that is unsafe for
/// scripts); the component library sets element styles, hence <c>style-src 'unsafe-inline'</c>.
/// Swagger UI and the API are left as they are.
/// </summary>
public sealed class ContentSecurityPolicyMiddleware(RequestDelegate next, IConfiguration configuration)
{
    public const string HeaderName = "Content-Security-Policy";

    private readonly string _policy = Policy(configuration["Kunpeng:Auth:External:Authority"]);

    public Task InvokeAsync(HttpContext context)
    {
        if (IsClientPath(context.Request.Path))
        {
            context.Response.OnStarting(() =>
            {
                var contentType = context.Response.ContentType;
                if (contentType is not null && contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
                {
                    context.Response.Headers[HeaderName] = _policy;
                    context.Response.Headers.XContentTypeOptions = "nosniff";
                    context.Response.Headers["Referrer-Policy"] = "no-referrer";
                }
                return Task.CompletedTask;
            });
        }
        return next(context);
    }

    /// <summary>The policy; an external OpenID Connect authority is added to what the page may call and be sent to.</summary>
    public static string Policy(string? externalAuthority)
    {
        var authority = Origin(externalAuthority);
        var connect = authority is null ? "'self'" : $"'self' {authority}";
        var formAction = authority is null ? "'self'" : $"'self' {authority}";
        return "default-src 'self'; " +
            "script-src 'self' 'wasm-unsafe-eval'; " +
            "style-src 'self' 'unsafe-inline'; " +
            "img-src 'self' data: blob:; " +
            "font-src 'self' data:; " +
            $"connect-src {connect}; " +
            $"form-action {formAction}; " +
            "frame-ancestors 'none'; " +
            "object-src 'none'; " +
            "base-uri 'self'";
    }

    private static bool IsClientPath(PathString path) =>
        !path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && !path.StartsWithSegments("/swagger", StringComparison.OrdinalIgnoreCase)
        && !path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase);

    private static string? Origin(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : null;
}
