using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Kunpeng.Host.Security;

/// <summary>
/// Bearer authentication: tokens this host issues (local accounts) and, when configured, tokens of
/// an external OpenID Connect authority. A policy scheme picks the validator by the token's issuer.
/// </summary>
public static class AuthenticationSetup
{
    public const string Scheme = "kunpeng";
    private const string LocalScheme = "kunpeng-local";
    private const string ExternalScheme = "kunpeng-external";

    public static IServiceCollection AddKunpengAuth(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(AuthOptions.Section);
        services.Configure<AuthOptions>(section);

        var external = section.Get<AuthOptions>()?.External;
        var hasExternal = !string.IsNullOrWhiteSpace(external?.Authority);
        var builder = services.AddAuthentication(o =>
            {
                o.DefaultScheme = Scheme;
                o.DefaultChallengeScheme = Scheme;
            })
            .AddPolicyScheme(Scheme, "Kunpeng bearer", o => o.ForwardDefaultSelector = context =>
                hasExternal && !IsLocalToken(context) ? ExternalScheme : LocalScheme)
            .AddJwtBearer(LocalScheme, o => o.Events = new JwtBearerEvents
            {
                // Signature, issuer, audience and exp are the handler's; whether the account still stands behind the token is ours.
                OnTokenValidated = context =>
                {
                    if (context.Principal is { } principal
                        && context.HttpContext.RequestServices.GetRequiredService<AccountSessions>().Refusal(principal) is { } refusal)
                    {
                        context.Fail(refusal);
                    }

                    return Task.CompletedTask;
                },
            });
        services.AddOptions<JwtBearerOptions>(LocalScheme).Configure<SigningKeyStore, IOptions<AuthOptions>>((o, keys, auth) =>
        {
            o.MapInboundClaims = false;
            o.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = auth.Value.Issuer,
                ValidAudience = auth.Value.Audience,
                IssuerSigningKey = keys.Key,
                NameClaimType = KunpengClaims.Name,
                RoleClaimType = KunpengClaims.Role,
                ClockSkew = TimeSpan.FromSeconds(30),
            };
        });

        if (hasExternal)
        {
            builder.AddJwtBearer(ExternalScheme, o =>
            {
                o.Authority = external!.Authority;
                o.Audience = external.Audience;
                o.RequireHttpsMetadata = external.RequireHttpsMetadata;
                o.MapInboundClaims = false;
                o.TokenValidationParameters.NameClaimType = KunpengClaims.Name;
                o.TokenValidationParameters.RoleClaimType = external.RoleClaim;
                o.Events = new JwtBearerEvents { OnTokenValidated = context => ExternalClaims.Normalize(context, external.RoleClaim) };
            });
        }

        services.AddAuthorization(KunpengPolicies.Configure);
        return services;
    }

    /// <summary>True when the bearer token was issued by this host (peeked, not validated: the chosen scheme validates).</summary>
    private static bool IsLocalToken(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var handler = new JsonWebTokenHandler();
        var raw = header["Bearer ".Length..].Trim();
        if (!handler.CanReadToken(raw))
        {
            return true;
        }

        var issuer = handler.ReadJsonWebToken(raw).Issuer;
        var local = context.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value.Issuer;
        return string.Equals(issuer, local, StringComparison.Ordinal);
    }
}
