namespace Kunpeng.Host.Security;

/// <summary>
/// Authorization policies by role. They gate endpoints coarsely; the services check the finer
/// scope (which domain, which unit, which assignment) against the <see cref="Actor"/>.
/// </summary>
public static class KunpengPolicies
{
    public const string TalentOffice = "talent-office";
    public const string DomainManagers = "domain-managers";
    public const string Reviewers = "reviewers";
    public const string Nominators = "nominators";
    public const string AnyRole = "any-role";

    public static void Configure(Microsoft.AspNetCore.Authorization.AuthorizationOptions options)
    {
        options.AddPolicy(TalentOffice, p => p.RequireAuthenticatedUser().RequireClaim(KunpengClaims.Role, KunpengRoles.TalentOffice));
        options.AddPolicy(DomainManagers, p => p.RequireAuthenticatedUser()
            .RequireClaim(KunpengClaims.Role, KunpengRoles.TalentOffice, KunpengRoles.BureauOfficer));
        options.AddPolicy(Reviewers, p => p.RequireAuthenticatedUser()
            .RequireClaim(KunpengClaims.Role, KunpengRoles.ExpertReviewer, KunpengRoles.BureauOfficer, KunpengRoles.TalentOffice));
        options.AddPolicy(Nominators, p => p.RequireAuthenticatedUser()
            .RequireClaim(KunpengClaims.Role, KunpengRoles.NominatingUnit, KunpengRoles.Applicant, KunpengRoles.BureauOfficer, KunpengRoles.TalentOffice));
        options.AddPolicy(AnyRole, p => p.RequireAuthenticatedUser().RequireClaim(KunpengClaims.Role, KunpengRoles.All));
    }
}
