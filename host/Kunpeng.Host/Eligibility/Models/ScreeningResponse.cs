namespace Kunpeng.Host.Eligibility.Models;

/// <summary>Every candidate's verdict per domain and tier. Nothing is stored.</summary>
/// <param name="ReferenceDate">The date ages and periods were computed at.</param>
/// <param name="Detail">compact or full.</param>
/// <param name="Domains">The domains screened against, with the plugin version applied.</param>
/// <param name="Results">One entry per candidate, in request order.</param>
public sealed record ScreeningResponse(
    DateOnly ReferenceDate,
    ScreeningDetail Detail,
    IReadOnlyList<ScreenedDomain> Domains,
    IReadOnlyList<ProfileScreening> Results);
