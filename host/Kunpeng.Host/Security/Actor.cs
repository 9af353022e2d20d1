using System.Security.Claims;

namespace Kunpeng.Host.Security;

/// <summary>Who is acting: what services check scope against and what the audit trail records.</summary>
/// <param name="AccountId">Stable account id (token subject).</param>
/// <param name="Name">Display name.</param>
/// <param name="Role">One of <see cref="KunpengRoles"/>.</param>
/// <param name="DomainId">For bureau officers, their domain.</param>
/// <param name="Unit">For nominating units, the unit's name.</param>
public sealed record Actor(string AccountId, string Name, string Role, string? DomainId, string? Unit)
{
    public bool IsTalentOffice => Role == KunpengRoles.TalentOffice;

    public bool IsBureauOfficerOf(string domainId) => Role == KunpengRoles.BureauOfficer && DomainId == domainId;

    /// <summary>True for the Talent Office and for the officers of the given domain's bureau.</summary>
    public bool CanManageDomain(string domainId) => IsTalentOffice || IsBureauOfficerOf(domainId);

    /// <summary>The actor behind an authenticated request.</summary>
    public static Actor From(ClaimsPrincipal user)
    {
        var id = user.FindFirstValue(KunpengClaims.Subject) ?? user.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new InvalidOperationException("The token carries no subject.");
        var role = user.FindFirstValue(KunpengClaims.Role) ?? user.FindFirstValue(ClaimTypes.Role) ?? "";
        return new Actor(
            id,
            user.FindFirstValue(KunpengClaims.Name) ?? user.Identity?.Name ?? id,
            role,
            user.FindFirstValue(KunpengClaims.Domain),
            user.FindFirstValue(KunpengClaims.Unit));
    }

    /// <summary>The host itself, for changes no person made (bootstrap, seeding).</summary>
    public static Actor System { get; } = new("system", "Kunpeng", KunpengRoles.TalentOffice, null, null);
}
