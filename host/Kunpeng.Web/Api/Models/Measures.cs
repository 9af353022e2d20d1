namespace Kunpeng.Web.Api.Models;

/// <summary>A domain's measures catalogue as the bureau has it (<c>GET /api/domains/{id}/measures</c>).</summary>
public sealed record MeasureCatalog(string DomainId, string PluginVersion, IReadOnlyList<MeasureView> Measures, bool IncludesRetired, IReadOnlyList<string> DefaultChanges);

public sealed record MeasureView(
    string Id, string? Clause, string TitleZh, string? TextZh, string Category, IReadOnlyList<string> FormsZh, IReadOnlyList<MeasureTarget> Targets,
    string Origin, bool Retired, int Version, bool DefaultChanged, bool DefaultRemoved, string? BasedOnPluginVersion, DateTime? UpdatedUtc, string? UpdatedBy);

public sealed record MeasureTarget(string Id, string DescriptionZh, int MinimumPerYear, string? ScopeZh);
