namespace Kunpeng.Web.Api.Models;

/// <summary>The year across the domains (<c>GET /api/dashboard/{year}</c>).</summary>
public sealed record YearDashboard(int Year, IReadOnlyList<DomainDashboard> Domains, int GrantCount, decimal GrantAmount);

public sealed record DomainDashboard(
    string DomainId, string NameZh, string? CycleId, string Stage, IReadOnlyList<TierDashboard> Tiers, PlanState? Plan, int Activities,
    IReadOnlyList<TargetProgress> Targets, int TargetsMet, string? SummaryStatus, bool SummaryLate, int GrantCount, decimal GrantAmount);

public sealed record TierDashboard(
    string Tier, string NameZh, int Nominations, IReadOnlyDictionary<string, int>? NominationsByStatus, IReadOnlyDictionary<string, int>? VerdictsByLatestScreening,
    int Selected, int? Quota, bool QuotaApproximate, int GrantCount, decimal GrantAmount);

public sealed record PlanState(int LatestRevision, string? LatestStatus, int? FiledRevision, int TraineeCount, decimal TotalBudgetCny);

/// <summary>A grant paid, reduced or withheld (the ledger).</summary>
public sealed record GrantView(
    string Id, string CycleId, string DomainId, int Year, string PersonId, string PersonName, string NominationId, string Tier, decimal StandardAmount,
    decimal Amount, string Status, string? Reason, DateTime AtUtc, string? ByActor);

public sealed record GrantTotalsReport(IReadOnlyList<GrantTotals> Rows, int Persons, decimal Amount);

public sealed record GrantTotals(string DomainId, int Year, int Persons, int Paid, int Reduced, int Withheld, decimal StandardAmount, decimal Amount);

/// <summary>One entry of the audit trail.</summary>
public sealed record AuditEntry(
    long Id, DateTime AtUtc, string? ActorId, string? ActorName, string? Role, string Action, string EntityType, string EntityId, string? DomainId,
    string? Before, string? After);

/// <summary>A domain plugin as loaded (<c>GET /api/plugins</c>).</summary>
public sealed record PluginSummary(
    string Folder, string? Id, string? NameZh, string? NameEn, string? Version, string? ContractVersion, string Status, string? Reason, DateTime LoadedAt,
    double LoadMilliseconds);

public sealed record PluginHistory(string Id, string? CurrentVersion, IReadOnlyList<PluginVersionView> Versions, IReadOnlyList<PluginEventView> Events);

public sealed record PluginVersionView(string Version, string? ContractVersion, DateTime FirstSeen, DateTime? LastLoaded, string? LastStatus, string? LastReason);

public sealed record PluginEventView(DateTime At, string Event, string? Version, string? PreviousVersion, string? Folder, string? Reason);

public sealed record PluginChange(string? Folder, string? Change, string? Id, string? Version, string? PreviousVersion, string? Status, string? Reason);
