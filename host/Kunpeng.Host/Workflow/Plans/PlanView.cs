namespace Kunpeng.Host.Workflow.Plans;

/// <summary>A plan revision as the API shows it.</summary>
/// <param name="Id">e.g. education-2015-r2.</param>
/// <param name="CycleId">Cycle.</param>
/// <param name="DomainId">Domain.</param>
/// <param name="Year">Cycle year.</param>
/// <param name="Revision">1, 2, …</param>
/// <param name="Status">draft, submitted, approved, filed or superseded.</param>
/// <param name="TraineeCount">Number of trainees.</param>
/// <param name="Trainees">The name list from the fixed determination.</param>
/// <param name="Items">Trainings.</param>
/// <param name="TotalBudgetCny">Sum of the items' budgets.</param>
/// <param name="Notes">Free text.</param>
/// <param name="ApprovalRequired">Whether approval precedes filing in this domain.</param>
/// <param name="DraftingBodyZh">Body that drafts (e.g. 区教师进修学校).</param>
/// <param name="ApprovingBodyZh">Body that approves (e.g. 区教育局), or null.</param>
/// <param name="FilingBodyZh">Body that files with the Talent Office.</param>
/// <param name="Submitted">Submission, once done.</param>
/// <param name="Approved">Approval, once done.</param>
/// <param name="Filed">Filing, once done.</param>
/// <param name="ReturnReason">Why it was last sent back to draft.</param>
/// <param name="Supersedes">Revision this one replaced.</param>
/// <param name="SupersededBy">Revision that replaced this one.</param>
/// <param name="Targets">The measures' countable yearly targets implementation is measured against.</param>
/// <param name="Version">Also the ETag.</param>
public sealed record PlanView(
    string Id,
    string CycleId,
    string DomainId,
    int Year,
    int Revision,
    PlanStatus Status,
    int TraineeCount,
    IReadOnlyList<PlanTraineeView> Trainees,
    IReadOnlyList<PlanItemView> Items,
    decimal TotalBudgetCny,
    string? Notes,
    bool ApprovalRequired,
    string DraftingBodyZh,
    string? ApprovingBodyZh,
    string FilingBodyZh,
    SignOffView? Submitted,
    SignOffView? Approved,
    SignOffView? Filed,
    string? ReturnReason,
    string? Supersedes,
    string? SupersededBy,
    IReadOnlyList<PlanTargetView> Targets,
    int Version)
{
    public static PlanView Of(AnnualPlan p) => new(
        p.Id, p.CycleId, p.DomainId, p.Year, p.Revision, p.Status, p.TraineeCount,
        p.Trainees.Select(t => new PlanTraineeView(t.NominationId, t.PersonId, t.PersonName, t.Tier, t.Unit)).ToList(),
        p.Items.Select(i => new PlanItemView(i.MeasureId, i.MeasureTitleZh, i.Title, i.FormZh, i.Start, i.End, i.BudgetCny)).ToList(),
        p.TotalBudgetCny, p.Notes, p.ApprovalRequired, p.DraftingBodyZh, p.ApprovingBodyZh, p.FilingBodyZh,
        SignOffView.Of(p.Submitted), SignOffView.Of(p.Approved), SignOffView.Of(p.Filed),
        p.ReturnReason, p.Supersedes, p.SupersededBy,
        p.Targets.Select(t => new PlanTargetView(t.MeasureId, t.MeasureTitleZh, t.TargetId, t.DescriptionZh, t.MinimumPerYear, t.ScopeZh)).ToList(),
        p.Version);
}

/// <summary>A trainee.</summary>
/// <param name="NominationId">Selected nomination.</param>
/// <param name="PersonId">Person.</param>
/// <param name="PersonName">Name.</param>
/// <param name="Tier">Tier.</param>
/// <param name="Unit">Nominating unit.</param>
public sealed record PlanTraineeView(string NominationId, string PersonId, string PersonName, string Tier, string Unit);

/// <summary>A training.</summary>
/// <param name="MeasureId">Measure id.</param>
/// <param name="MeasureTitleZh">Measure title, copied from the catalogue.</param>
/// <param name="Title">Training name.</param>
/// <param name="Form">Form.</param>
/// <param name="Start">First day.</param>
/// <param name="End">Last day.</param>
/// <param name="BudgetCny">Budget.</param>
public sealed record PlanItemView(string MeasureId, string MeasureTitleZh, string Title, string? Form, DateOnly Start, DateOnly End, decimal BudgetCny);

/// <summary>A measure's countable yearly target, as the catalogue stated it when the plan was drafted or filed.</summary>
/// <param name="MeasureId">Measure.</param>
/// <param name="MeasureTitleZh">Measure title.</param>
/// <param name="TargetId">Target.</param>
/// <param name="DescriptionZh">The target in the rules' words.</param>
/// <param name="MinimumPerYear">Activities a year needed.</param>
/// <param name="Scope">Where it is counted (e.g. 区医院), or null for the whole domain.</param>
public sealed record PlanTargetView(string MeasureId, string MeasureTitleZh, string TargetId, string DescriptionZh, int MinimumPerYear, string? Scope);

/// <summary>Who moved the plan a step.</summary>
/// <param name="ActorId">Account.</param>
/// <param name="ActorName">Name.</param>
/// <param name="Role">Role.</param>
/// <param name="BodyZh">Body in whose name it was done.</param>
/// <param name="AtUtc">When.</param>
public sealed record SignOffView(string ActorId, string ActorName, string Role, string BodyZh, DateTime AtUtc)
{
    public static SignOffView? Of(PlanSignOff? s) =>
        s is null ? null : new(s.ActorId, s.ActorName, s.Role, s.BodyZh, s.AtUtc);
}
