using Kunpeng.Host.Workflow.Writing;
using Kunpeng.Registry;

namespace Kunpeng.Host.Workflow.Cycles;

/// <summary>One domain's yearly cultivation cycle.</summary>
public sealed class Cycle : IVersionedRecord
{
    public static readonly RecordSet<Cycle> Set = new("cycles");

    /// <summary>
    /// Cycles are programme data every signed-in role may read (a unit needs the deadline); who may
    /// change one is each step's own rule, so a caller outside it gets 403, not 404.
    /// </summary>
    public static readonly RecordKind<Cycle> Kind = new()
    {
        Set = Set,
        EntityType = "cycle",
        Title = "Cycle",
        DomainOf = c => c.DomainId,
        CanSee = (_, _) => true,
        Stages = CycleStages.Table,
    };

    /// <summary><c>{domainId}-{year}</c>, e.g. <c>education-2015</c>.</summary>
    public string Id { get; set; } = "";
    public string ProgrammeId { get; set; } = "";
    public string DomainId { get; set; } = "";
    public int Year { get; set; }
    /// <summary>The date ages and "last five years" are computed at (the nomination deadline unless set otherwise).</summary>
    public DateOnly ReferenceDate { get; set; }
    /// <summary>Last day nominations are accepted (inclusive); culture: 31 October.</summary>
    public DateOnly NominationDeadline { get; set; }
    public CycleStage Stage { get; set; } = CycleStage.Nominating;
    /// <summary>True once the domain's plugin is retired: the cycle's data stays, but nothing changes.</summary>
    public bool ReadOnly { get; set; }
    /// <summary>When nominations were closed (the cycle moved to <see cref="CycleStage.Reviewing"/>), or null.</summary>
    public DateTime? NominationsClosedUtc { get; set; }
    /// <summary>Account that closed nominations.</summary>
    public string? NominationsClosedBy { get; set; }
    public DateTime CreatedUtc { get; set; }
    public int Version { get; set; } = 1;
}
