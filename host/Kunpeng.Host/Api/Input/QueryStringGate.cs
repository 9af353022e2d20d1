using System.Reflection;
using System.Text.Json;
using Kunpeng.Host.Eligibility.Profiles;
using Kunpeng.Host.Workflow;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Primitives;

namespace Kunpeng.Host.Api.Input;

/// <summary>
/// The one place a query string is let in, for every endpoint in the OpenAPI document: only the query
/// parameters the document lists for it (400 naming an unsupported one, with a "did you mean"), each
/// once, and an enum value written as JSON writes it (kebab-case: <c>status=under-review</c>; the C#
/// name is still understood) or a 400 listing the allowed values. The binder then gets the member name.
/// </summary>
internal sealed class QueryStringGate(RequestDelegate next, IApiDescriptionGroupCollectionProvider explorer)
{
    private readonly Lazy<Dictionary<MethodInfo, Dictionary<string, Type>>> _contracts = new(() => Contracts(explorer));

    public async Task InvokeAsync(HttpContext context)
    {
        var handler = context.GetEndpoint()?.Metadata.GetMetadata<MethodInfo>();
        if (handler is null || !_contracts.Value.TryGetValue(handler, out var parameters))
        {
            await next(context);
            return;
        }

        var errors = new FieldErrors();
        Dictionary<string, StringValues>? rewritten = null;
        foreach (var (name, values) in context.Request.Query)
        {
            if (!parameters.TryGetValue(name, out var type))
            {
                var suggestion = NameSuggestion.Closest(name, parameters.Keys);
                errors.Add(name, "Unsupported query parameter." + (suggestion is null ? "" : $" Did you mean '{suggestion}'?"));
                continue;
            }

            if (values.Count > 1)
            {
                errors.Add(name, "Given more than once.");
                continue;
            }

            var enumType = Nullable.GetUnderlyingType(type) ?? type;
            if (!enumType.IsEnum || string.IsNullOrEmpty(values[0]))
            {
                continue;
            }

            if (MemberOf(enumType, values[0]!) is { } member)
            {
                (rewritten ??= context.Request.Query.ToDictionary(q => q.Key, q => q.Value, StringComparer.OrdinalIgnoreCase))[name] = member;
            }
            else
            {
                errors.Add(name, $"'{values[0]}' is not one of {string.Join(", ", WireNames(enumType))}.");
            }
        }

        if (errors.Any && parameters.Count > 0)
        {
            errors.Add("query", $"This endpoint takes the query parameters {string.Join(", ", parameters.Keys)}.");
        }
        else if (errors.Any)
        {
            errors.Add("query", "This endpoint takes no query parameters.");
        }

        errors.ThrowIfAny();
        if (rewritten is not null)
        {
            context.Request.Query = new QueryCollection(rewritten);
        }

        await next(context);
    }

    private static string? MemberOf(Type enumType, string value) =>
        Enum.GetNames(enumType).FirstOrDefault(n =>
            string.Equals(JsonNamingPolicy.KebabCaseLower.ConvertName(n), value, StringComparison.OrdinalIgnoreCase)
            || string.Equals(n, value, StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<string> WireNames(Type enumType) => Enum.GetNames(enumType).Select(JsonNamingPolicy.KebabCaseLower.ConvertName);

    /// <summary>Each documented handler's query parameters, by name (case-insensitive, as binding is).</summary>
    private static Dictionary<MethodInfo, Dictionary<string, Type>> Contracts(IApiDescriptionGroupCollectionProvider explorer)
    {
        var contracts = new Dictionary<MethodInfo, Dictionary<string, Type>>();
        foreach (var description in explorer.ApiDescriptionGroups.Items.SelectMany(g => g.Items))
        {
            if (description.ActionDescriptor.EndpointMetadata.OfType<MethodInfo>().FirstOrDefault() is not { } handler)
            {
                continue;
            }

            if (!contracts.TryGetValue(handler, out var parameters))
            {
                contracts[handler] = parameters = new Dictionary<string, Type>(StringComparer.OrdinalIgnoreCase);
            }

            foreach (var parameter in description.ParameterDescriptions.Where(p => p.Source == BindingSource.Query))
            {
                parameters[parameter.Name] = parameter.Type ?? typeof(string);
            }
        }

        return contracts;
    }
}
