namespace Kunpeng.Host.Workflow.Cycles;

/// <summary>A request to add a programme period (Talent Office).</summary>
/// <param name="NameZh">e.g. 本土人才培养“鲲鹏工程”（2018—2020年）.</param>
/// <param name="StartYear">First cycle year.</param>
/// <param name="EndYear">Last cycle year (inclusive).</param>
public sealed record NewProgramme(string? NameZh, int? StartYear, int? EndYear);

/// <summary>A request to create one domain's cycle for a year (Talent Office).</summary>
/// <param name="DomainId">An active domain, e.g. education.</param>
/// <param name="Year">A year inside a programme period.</param>
/// <param name="NominationDeadline">Overrides the deadline (default: the plugin's intake deadline, else the configured default).</param>
/// <param name="ReferenceDate">Overrides the reference date (default: the nomination deadline).</param>
public sealed record NewCycle(string? DomainId, int? Year, DateOnly? NominationDeadline = null, DateOnly? ReferenceDate = null);

/// <summary>A cycle as the API shows it.</summary>
/// <param name="Id">{domainId}-{year}.</param>
/// <param name="ProgrammeId">The programme period it belongs to.</param>
/// <param name="DomainId">Domain.</param>
/// <param name="Year">Year.</param>
/// <param name="ReferenceDate">Date ages and "last five years" are computed at.</param>
/// <param name="NominationDeadline">Last day nominations are accepted (inclusive).</param>
/// <param name="Stage">nominating, reviewing, determined, implementing, summarized, accepted, closed.</param>
/// <param name="AcceptingNominations">True while submissions are accepted: stage nominating and the deadline not passed.</param>
/// <param name="NominationsClosedUtc">When nominations were closed.</param>
/// <param name="ReadOnly">True once the domain's plugin is retired.</param>
/// <param name="Version">The ETag's value.</param>
public sealed record CycleView(
    string Id, string ProgrammeId, string DomainId, int Year, DateOnly ReferenceDate, DateOnly NominationDeadline,
    CycleStage Stage, bool AcceptingNominations, DateTime? NominationsClosedUtc, bool ReadOnly, int Version)
{
    public static CycleView Of(Cycle c, DateOnly today) => new(
        c.Id, c.ProgrammeId, c.DomainId, c.Year, c.ReferenceDate, c.NominationDeadline,
        c.Stage, CycleRules.AcceptsNominations(c, today), c.NominationsClosedUtc, c.ReadOnly, c.Version);
}
