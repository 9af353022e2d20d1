using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Kunpeng.Host.Security;

/// <summary>Issues bearer tokens for local accounts.</summary>
public sealed class TokenIssuer(SigningKeyStore keys, IOptions<AuthOptions> options, TimeProvider clock)
{
    public IssuedToken Issue(Account account)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var o = options.Value;
        var claims = new List<Claim>
        {
            new(KunpengClaims.Subject, account.Id),
            new(KunpengClaims.Name, account.DisplayName),
            new(KunpengClaims.Role, account.Role),
            new(KunpengClaims.Stamp, account.SecurityStamp),
        };
        if (account.DomainId is not null)
        {
            claims.Add(new Claim(KunpengClaims.Domain, account.DomainId));
        }

        if (account.Unit is not null)
        {
            claims.Add(new Claim(KunpengClaims.Unit, account.Unit));
        }

        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = o.Issuer,
            Audience = o.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + o.TokenLifetime,
            SigningCredentials = new SigningCredentials(keys.Key, SecurityAlgorithms.HmacSha256),
        });
        return new IssuedToken(token, "Bearer", (int)o.TokenLifetime.TotalSeconds);
    }
}
