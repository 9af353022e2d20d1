namespace Kunpeng.Web.Api.Models;

/// <summary>A domain's cycle in a programme year (<c>GET /api/cycles</c>).</summary>
public sealed record CycleView(
    string Id, string ProgrammeId, string DomainId, int Year, DateOnly ReferenceDate, DateOnly NominationDeadline, string Stage,
    bool AcceptingNominations, DateTime? NominationsClosedUtc, bool ReadOnly, int Version);

/// <summary>A programme (<c>GET /api/programmes</c>): its name and years.</summary>
public sealed record Programme(string Id, string NameZh, int StartYear, int EndYear, int Version);
