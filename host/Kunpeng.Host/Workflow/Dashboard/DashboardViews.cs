using Kunpeng.Host.Workflow.Cycles;
using Kunpeng.Host.Workflow.Implementation;
using Kunpeng.Host.Workflow.Plans;

namespace Kunpeng.Host.Workflow.Dashboard;

/// <summary>A year of the programme across the domains the caller may see.</summary>
/// <param name="Year">The year.</param>
/// <param name="Domains">One entry per domain that has a cycle that year.</param>
/// <param name="GrantCount">Grants with money paid (paid in full or reduced), all domains shown.</param>
/// <param name="GrantAmount">Their sum, CNY.</param>
public sealed record YearDashboard(int Year, IReadOnlyList<DomainDashboard> Domains, int GrantCount, decimal GrantAmount);

/// <summary>One domain's cycle at a glance.</summary>
/// <param name="DomainId">Domain.</param>
/// <param name="NameZh">Domain name, when its plugin is served.</param>
/// <param name="CycleId">Cycle.</param>
/// <param name="Stage">Cycle stage.</param>
/// <param name="Tiers">Per tier: nominations, verdicts, selected vs quota, grants.</param>
/// <param name="Plan">The plan's state, or null before any revision.</param>
/// <param name="Activities">Activity records of the cycle.</param>
/// <param name="Targets">Each measure target, counted and judged.</param>
/// <param name="TargetsMet">Targets met.</param>
/// <param name="SummaryStatus">Year-end summary status, or null before it is submitted.</param>
/// <param name="SummaryLate">True when the summary came after 31 December.</param>
/// <param name="GrantCount">Grants with money paid (paid in full or reduced).</param>
/// <param name="GrantAmount">Their sum, CNY.</param>
public sealed record DomainDashboard(
    string DomainId,
    string? NameZh,
    string CycleId,
    CycleStage Stage,
    IReadOnlyList<TierDashboard> Tiers,
    PlanState? Plan,
    int Activities,
    IReadOnlyList<TargetProgressView> Targets,
    int TargetsMet,
    SummaryStatus? SummaryStatus,
    bool SummaryLate,
    int GrantCount,
    decimal GrantAmount);

/// <summary>One tier of a domain's cycle.</summary>
/// <param name="Tier">Tier id.</param>
/// <param name="NameZh">Tier name, when the plugin is served.</param>
/// <param name="Nominations">Total nominations for the tier.</param>
/// <param name="NominationsByStatus">Count per nomination status (draft, submitted, …, selected).</param>
/// <param name="VerdictsByLatestScreening">Count per latest screening verdict; <c>unscreened</c> when none.</param>
/// <param name="Selected">Selected on the fixed list.</param>
/// <param name="Quota">The yearly target, or null (一批).</param>
/// <param name="QuotaApproximate">True for "about N".</param>
/// <param name="GrantCount">Grants with money paid.</param>
/// <param name="GrantAmount">Their sum, CNY.</param>
public sealed record TierDashboard(
    string Tier,
    string? NameZh,
    int Nominations,
    IReadOnlyDictionary<string, int> NominationsByStatus,
    IReadOnlyDictionary<string, int> VerdictsByLatestScreening,
    int Selected,
    int? Quota,
    bool QuotaApproximate,
    int GrantCount,
    decimal GrantAmount);

/// <summary>Where the cycle's plan stands.</summary>
/// <param name="LatestRevision">Newest revision number.</param>
/// <param name="LatestStatus">Its status.</param>
/// <param name="FiledRevision">The filed revision in force, or null.</param>
/// <param name="TraineeCount">Trainees in the latest revision.</param>
/// <param name="TotalBudgetCny">Budget of the latest revision.</param>
public sealed record PlanState(int LatestRevision, PlanStatus LatestStatus, int? FiledRevision, int TraineeCount, decimal TotalBudgetCny);
