namespace Kunpeng.Host.Workflow.Cycles;

/// <summary>One domain's yearly cultivation cycle (<c>cycles</c> collection).</summary>
public sealed class Cycle
{
    /// <summary><c>{domainId}-{year}</c>, e.g. <c>education-2015</c>.</summary>
    public string Id { get; set; } = "";
    public string ProgrammeId { get; set; } = "";
    public string DomainId { get; set; } = "";
    public int Year { get; set; }
    /// <summary>The date ages and "last five years" are computed at (the nomination deadline unless set otherwise).</summary>
    public DateTime ReferenceDate { get; set; }
    /// <summary>Last day nominations are accepted (inclusive); culture: 31 October.</summary>
    public DateTime NominationDeadline { get; set; }
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
