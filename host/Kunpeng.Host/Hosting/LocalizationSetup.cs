using System.Globalization;
using Kunpeng.Host.Problems;
using Microsoft.AspNetCore.Localization;

namespace Kunpeng.Host.Hosting;

/// <summary>
/// Request localization: the language of problem messages from Accept-Language, zh-CN or en, and
/// <c>Kunpeng:Localization:DefaultCulture</c> (zh-CN unless configured) when the request names neither.
/// Only the UI culture follows the request: numbers and dates are formatted the same for everyone.
/// </summary>
internal static class LocalizationSetup
{
    public const string DefaultCultureKey = "Kunpeng:Localization:DefaultCulture";

    public static readonly string[] Languages = ["zh-CN", "en"];

    public static IServiceCollection AddKunpengLocalization(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddLocalization();
        services.AddSingleton<ProblemLocalizer>();
        services.AddOptions<ProblemDetailsOptions>().Configure<ProblemLocalizer>((o, localizer) => o.CustomizeProblemDetails += localizer.Localize);
        services.Configure<RequestLocalizationOptions>(o =>
        {
            var language = configuration[DefaultCultureKey] is { Length: > 0 } configured ? configured : Languages[0];
            o.DefaultRequestCulture = new RequestCulture(CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo(language));
            o.SupportedCultures = [CultureInfo.InvariantCulture];
            o.SupportedUICultures = [.. Languages.Select(CultureInfo.GetCultureInfo)];
            o.FallBackToParentUICultures = true;
            o.ApplyCurrentCultureToResponseHeaders = true;
        });
        return services;
    }

    /// <summary>First in the pipeline, so the problems the exception handler writes are in the request's language too.</summary>
    public static WebApplication UseKunpengLocalization(this WebApplication app)
    {
        app.UseRequestLocalization();
        return app;
    }
}
