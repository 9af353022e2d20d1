namespace Kunpeng.Host.Workflow.Plans;

/// <summary>The editable content of a plan revision (replaces the whole content).</summary>
/// <param name="Items">Trainings drawn from the domain's measures catalogue.</param>
/// <param name="Notes">Free text, optional.</param>
public sealed record PlanContent(IReadOnlyList<PlanItemInput>? Items, string? Notes);

/// <summary>A training of the plan.</summary>
/// <param name="MeasureId">Measure id in the domain's catalogue (GET /api/domains/{id}/measures lists them).</param>
/// <param name="Title">Training name (培训名称).</param>
/// <param name="Form">Form, one of the measure's forms (e.g. 典型病例研讨).</param>
/// <param name="Start">First day, yyyy-MM-dd, in the cycle year.</param>
/// <param name="End">Last day, yyyy-MM-dd, in the cycle year, not before start.</param>
/// <param name="BudgetCny">Budget in CNY, 0 or more.</param>
public sealed record PlanItemInput(string? MeasureId, string? Title, string? Form, string? Start, string? End, decimal? BudgetCny);

/// <summary>Why a submitted plan goes back to draft.</summary>
/// <param name="Reason">Required.</param>
public sealed record PlanReturn(string? Reason);
