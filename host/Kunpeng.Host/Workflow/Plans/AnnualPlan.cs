using Kunpeng.Host.Workflow.Writing;
using Kunpeng.Registry;

namespace Kunpeng.Host.Workflow.Plans;

/// <summary>
/// One revision of a domain's annual cultivation plan (年度培养计划) for a cycle (<c>plans</c>
/// collection). Revision 1 is drafted after the determination is fixed; once a revision is filed it
/// is frozen, and a change is revision n+1, which starts as a copy and is submitted, approved
/// (where the domain requires it) and filed again. The filed revision it replaces stays readable
/// with status <see cref="PlanStatus.Superseded"/>.
/// </summary>
public sealed class AnnualPlan : IVersionedRecord
{
    public static readonly RecordSet<AnnualPlan> Set = new("plans");

    /// <summary>
    /// Plans are the bureaus' and the Talent Office's business; the endpoints admit only them, and a
    /// bureau officer of another domain is refused (403) by each step, as before.
    /// </summary>
    public static readonly RecordKind<AnnualPlan> Kind = new()
    {
        Set = Set,
        EntityType = "plan",
        Title = "Plan",
        DomainOf = p => p.DomainId,
        CanSee = (_, _) => true,
        Stages = PlanStages.Table,
    };

    /// <summary><c>{cycleId}-r{revision}</c>, e.g. <c>education-2015-r1</c>.</summary>
    public string Id { get; set; } = "";
    public string CycleId { get; set; } = "";
    public string DomainId { get; set; } = "";
    public int Year { get; set; }
    public int Revision { get; set; }
    public PlanStatus Status { get; set; } = PlanStatus.Draft;

    /// <summary>The trainees (培养对象名单), copied from the fixed determination.</summary>
    public List<PlanTrainee> Trainees { get; set; } = [];

    /// <summary>Number of trainees (培养对象数量).</summary>
    public int TraineeCount { get; set; }

    /// <summary>Trainings (培训名称和形式, 组织实施时间, 培训资金预算), each drawn from the measures catalogue.</summary>
    public List<PlanItem> Items { get; set; } = [];

    public decimal TotalBudgetCny { get; set; }
    public string? Notes { get; set; }

    /// <summary>
    /// The measures' countable yearly targets (e.g. four activities a year at 区医院), copied from the
    /// catalogue when the revision is created and again when it is filed: the yardstick implementation is measured by.
    /// </summary>
    public List<PlanTarget> Targets { get; set; } = [];

    /// <summary>Whether the domain's rules require approval before filing (copied when the revision was created).</summary>
    public bool ApprovalRequired { get; set; }

    /// <summary>The body the rules give the drafting (e.g. 区教师进修学校).</summary>
    public string DraftingBodyZh { get; set; } = "";

    /// <summary>The body that approves (e.g. 区教育局), or null when no approval is required.</summary>
    public string? ApprovingBodyZh { get; set; }

    /// <summary>The body that files the plan with the Talent Office.</summary>
    public string FilingBodyZh { get; set; } = "";

    public DateTime CreatedUtc { get; set; }
    public string CreatedBy { get; set; } = "";
    public PlanSignOff? Submitted { get; set; }
    public PlanSignOff? Approved { get; set; }
    public PlanSignOff? Filed { get; set; }

    /// <summary>Why the last submission was sent back to draft, if it was.</summary>
    public string? ReturnReason { get; set; }

    /// <summary>The revision this one replaced when it was filed.</summary>
    public string? Supersedes { get; set; }

    /// <summary>The revision that replaced this one, once filed.</summary>
    public string? SupersededBy { get; set; }

    public int Version { get; set; } = 1;

    public static string IdFor(string cycleId, int revision) => $"{cycleId}-r{revision}";
}

/// <summary>Where a plan revision stands.</summary>
public enum PlanStatus
{
    /// <summary>Being written; the only editable status.</summary>
    Draft,
    /// <summary>Submitted by the drafting body; waits for approval, or for filing where none is required.</summary>
    Submitted,
    /// <summary>Approved by the approving body (e.g. 区教育局); waits for filing.</summary>
    Approved,
    /// <summary>Filed with the Talent Office (报区人才办备案): frozen.</summary>
    Filed,
    /// <summary>A filed revision replaced by a later filed one; still readable.</summary>
    Superseded,
}

/// <summary>A trainee of the plan.</summary>
public sealed class PlanTrainee
{
    public string NominationId { get; set; } = "";
    public string PersonId { get; set; } = "";
    public string PersonName { get; set; } = "";
    public string Tier { get; set; } = "";
    public string Unit { get; set; } = "";
}

/// <summary>One training of the plan, drawn from the domain's measures catalogue.</summary>
public sealed class PlanItem
{
    /// <summary>Measure id in the domain's catalogue.</summary>
    public string MeasureId { get; set; } = "";

    /// <summary>The measure's title, copied from the catalogue.</summary>
    public string MeasureTitleZh { get; set; } = "";

    /// <summary>Training name (培训名称).</summary>
    public string Title { get; set; } = "";

    /// <summary>Form (培训形式), one of the measure's forms when the catalogue lists any.</summary>
    public string? FormZh { get; set; }

    public DateOnly Start { get; set; }
    public DateOnly End { get; set; }
    public decimal BudgetCny { get; set; }
}

/// <summary>A countable yearly target of a measure, as the catalogue stated it.</summary>
public sealed class PlanTarget
{
    public string MeasureId { get; set; } = "";
    public string MeasureTitleZh { get; set; } = "";
    public string TargetId { get; set; } = "";
    public string DescriptionZh { get; set; } = "";
    public int MinimumPerYear { get; set; }
    /// <summary>Where it applies (e.g. 区医院), or null for the whole domain.</summary>
    public string? ScopeZh { get; set; }

    public static List<PlanTarget> From(DomainTerms domain) =>
        (domain.Measures ?? []).SelectMany(m => m.Targets.Select(t => new PlanTarget
        {
            MeasureId = m.Id, MeasureTitleZh = m.TitleZh, TargetId = t.Id, DescriptionZh = t.DescriptionZh,
            MinimumPerYear = t.MinimumPerYear, ScopeZh = t.ScopeZh,
        })).ToList();
}

/// <summary>Who moved the plan a step, in which body's name, and when.</summary>
public sealed class PlanSignOff
{
    public string ActorId { get; set; } = "";
    public string ActorName { get; set; } = "";
    public string Role { get; set; } = "";
    /// <summary>The body the step belongs to under the rules (e.g. 区教育局 for the approval).</summary>
    public string BodyZh { get; set; } = "";
    public DateTime AtUtc { get; set; }
}
