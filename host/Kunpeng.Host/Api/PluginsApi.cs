using Kunpeng.Host.Workflow;
using Kunpeng.Host.Api.Models;
using Kunpeng.Host.Plugins;
using Kunpeng.Host.Registry;
using Kunpeng.Host.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kunpeng.Host.Api;

/// <summary>The plugins the host found, their deployment history, and explicit reloads.</summary>
public static class PluginsApi
{
    public static IEndpointRouteBuilder MapPluginsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/plugins").WithTags("Plugins");
        group.MapGet("/", ListPlugins).WithName(nameof(ListPlugins));
        group.MapGet("/{id}/history", GetPluginHistory).WithName(nameof(GetPluginHistory)).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/reload", ReloadAllPlugins).WithName(nameof(ReloadAllPlugins)).RequireAuthorization(KunpengPolicies.TalentOffice);
        group.MapPost("/{id}/reload", ReloadPlugin).WithName(nameof(ReloadPlugin)).RequireAuthorization(KunpengPolicies.TalentOffice)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>Lists every plugin folder: id, names, version, contract version, status, reason and load time.</summary>
    /// <remarks>A plugin that failed to load is listed with status and a reason a person can act on; the other plugins keep serving.</remarks>
    public static Ok<IReadOnlyList<PluginSummary>> ListPlugins(DomainPluginCatalog catalog) =>
        TypedResults.Ok<IReadOnlyList<PluginSummary>>(catalog.States.Select(s => new PluginSummary(
            s.Folder, s.Id, s.NameZh, s.NameEn, s.Version, s.ContractVersion, WireNames.Of(s.Status), s.Reason,
            s.AttemptedAt, Math.Round(s.LoadDuration.TotalMilliseconds, 1))).ToList());

    /// <summary>Every version of a plugin the host has seen, and every deployment event (loaded, replaced, refused, retired).</summary>
    /// <param name="id">Plugin (domain) id.</param>
    /// <param name="ledger">The registry's plugin ledger.</param>
    /// <param name="catalog">The plugins being served.</param>
    /// <response code="404">The host has never seen a plugin with this id.</response>
    public static Results<Ok<PluginHistory>, ProblemHttpResult> GetPluginHistory(string id, PluginVersionLedger ledger, DomainPluginCatalog catalog)
    {
        var versions = ledger.History(id);
        if (versions.Count == 0)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown plugin",
                detail: $"The host has never seen a plugin with the id '{id}'.");
        }

        string? current = null;
        if (catalog.TryAcquire(id, out var lease))
        {
            using (lease)
            {
                current = lease.Plugin.Version;
            }
        }

        return TypedResults.Ok(new PluginHistory(
            id,
            current,
            versions.Select(v => new PluginVersionView(v.Version, v.ContractVersion, v.FirstSeenUtc, v.LastLoadedUtc, v.LastStatus, v.LastReason)).ToList(),
            ledger.Events(id).Select(e => new PluginEventView(e.AtUtc, e.Event, e.Version, e.PreviousVersion, e.Folder, e.Reason)).ToList()));
    }

    /// <summary>Reconciles every plugin folder with what is served (Talent Office): for deployments where file watching is unreliable.</summary>
    public static async Task<Ok<IReadOnlyList<PluginChangeView>>> ReloadAllPlugins(PluginReloader reloader, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<PluginChangeView>>((await reloader.RescanAsync(cancellationToken)).Select(PluginChangeView.Of).ToList());

    /// <summary>Reloads one plugin now (Talent Office): by domain id, or by folder name for a plugin not serving.</summary>
    /// <param name="id">Domain id or plugin folder name.</param>
    /// <param name="reloader">The reloader.</param>
    /// <param name="catalog">The plugins being served.</param>
    /// <param name="cancellationToken">Request cancellation.</param>
    /// <response code="404">No served domain and no plugin folder has this name.</response>
    public static async Task<Results<Ok<PluginChangeView>, ProblemHttpResult>> ReloadPlugin(
        string id, PluginReloader reloader, DomainPluginCatalog catalog, CancellationToken cancellationToken)
    {
        var folder = catalog.FolderOf(id) ?? catalog.States.FirstOrDefault(s => s.Id == id)?.Folder ?? id;
        if (folder.IndexOfAny(['/', '\\']) >= 0 || folder is "." or "..")
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown plugin", detail: $"'{id}' is not a plugin id or folder.");
        }

        var change = await reloader.ReloadAsync(folder, cancellationToken);
        return change is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown plugin",
                detail: $"No domain '{id}' is served and the plugins directory has no folder '{id}'.")
            : TypedResults.Ok(PluginChangeView.Of(change));
    }
}
