using Kunpeng.Host.Api.Models;
using Kunpeng.Host.Plugins;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kunpeng.Host.Api;

/// <summary>The plugins the host found, loaded or set aside.</summary>
public static class PluginsApi
{
    public static IEndpointRouteBuilder MapPluginsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/plugins").WithTags("Plugins");
        group.MapGet("/", ListPlugins).WithName(nameof(ListPlugins));
        return app;
    }

    /// <summary>Lists every plugin folder: id, names, version, contract version, status, reason and load time.</summary>
    /// <remarks>A plugin that failed to load is listed with status and a reason a person can act on; the other plugins keep serving.</remarks>
    public static Ok<IReadOnlyList<PluginSummary>> ListPlugins(DomainPluginCatalog catalog) =>
        TypedResults.Ok<IReadOnlyList<PluginSummary>>(catalog.States.Select(s => new PluginSummary(
            s.Folder, s.Id, s.NameZh, s.NameEn, s.Version, s.ContractVersion, ApiNames.Of(s.Status), s.Reason,
            s.AttemptedAt, Math.Round(s.LoadDuration.TotalMilliseconds, 1))).ToList());
}
