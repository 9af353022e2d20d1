using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Kunpeng.Host.Security;

/// <summary>Maps an external authority's role claim onto Kunpeng's, so policies and services read one claim type.</summary>
internal static class ExternalClaims
{
    public static Task Normalize(TokenValidatedContext context, string roleClaim)
    {
        if (roleClaim == KunpengClaims.Role || context.Principal?.Identity is not ClaimsIdentity identity)
        {
            return Task.CompletedTask;
        }

        foreach (var role in identity.FindAll(roleClaim).Select(c => c.Value).ToList())
        {
            identity.AddClaim(new Claim(KunpengClaims.Role, role));
        }

        return Task.CompletedTask;
    }
}
