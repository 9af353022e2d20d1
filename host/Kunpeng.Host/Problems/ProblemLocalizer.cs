using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Kunpeng.Host.Problems;

/// <summary>
/// Writes every problem in the language the request asked for (request localization: Accept-Language,
/// zh-CN by default): title, detail and each field message, with field names (the keys) left as in the
/// API. It runs where every problem is written (ProblemDetailsOptions.CustomizeProblemDetails: refusals
/// of services, the request body gate, bound-parameter failures, status code pages), so a service keeps
/// throwing its exception with an English message, and the translation is a line in ProblemMessages.zh-CN.resx.
/// </summary>
internal sealed class ProblemLocalizer(IStringLocalizer<ProblemMessages> messages)
{
    private readonly ConcurrentDictionary<string, ProblemCatalog> _catalogs = new(StringComparer.Ordinal);

    public void Localize(ProblemDetailsContext context)
    {
        var culture = context.HttpContext.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture ?? CultureInfo.CurrentUICulture;
        var catalog = _catalogs.GetOrAdd(culture.Name, _ => Load(culture));
        if (catalog.IsEmpty)
        {
            return;
        }

        // The exception handler clears the response's headers, so request localization's Content-Language is set again here.
        context.HttpContext.Response.Headers.ContentLanguage = culture.Name;
        var problem = context.ProblemDetails;
        problem.Title = catalog.Translate(problem.Title) ?? problem.Title;
        problem.Detail = catalog.Translate(problem.Detail) ?? problem.Detail;
        if (problem is HttpValidationProblemDetails validation)
        {
            foreach (var field in validation.Errors.Keys.ToList())
            {
                validation.Errors[field] = [.. validation.Errors[field].Select(m => catalog.Translate(m) ?? m)];
            }
        }
    }

    private ProblemCatalog Load(CultureInfo culture)
    {
        var current = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = culture;
            return new ProblemCatalog(messages.GetAllStrings(includeParentCultures: true)
                .Where(s => !s.ResourceNotFound && s.Value != s.Name)
                .Select(s => KeyValuePair.Create(s.Name, s.Value)));
        }
        finally
        {
            CultureInfo.CurrentUICulture = current;
        }
    }
}
