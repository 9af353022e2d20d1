namespace Kunpeng.Host.Eligibility.Models;

/// <summary>One candidate's verdicts.</summary>
/// <param name="Id">The candidate's id from the request.</param>
/// <param name="Domains">One entry per screened domain, in the order of <see cref="ScreeningResponse.Domains"/>.</param>
public sealed record ProfileScreening(string Id, IReadOnlyList<DomainVerdicts> Domains);
