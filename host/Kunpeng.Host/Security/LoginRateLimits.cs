using System.Globalization;
using System.Threading.RateLimiting;
using Kunpeng.Host.Api;
using Microsoft.AspNetCore.RateLimiting;

namespace Kunpeng.Host.Security;

/// <summary>
/// The per-address limit of the login endpoint, with ASP.NET Core's rate limiter: a fixed window per
/// client address; beyond it, 429 with Retry-After and a problem body. (The per-user-name limit is
/// the <see cref="LoginService"/>'s, since the name is in the body, which a partitioner cannot read.)
/// </summary>
public static class LoginRateLimits
{
    public static IServiceCollection AddLoginRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetSection(LoginOptions.Section).Get<LoginOptions>()?.PerAddressPerMinute ?? new LoginOptions().PerAddressPerMinute;
        return services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(AuthApi.LoginRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.OnRejected = async (context, cancellation) =>
            {
                var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? Math.Max(1, (int)Math.Ceiling(after.TotalSeconds)) : 60;
                var response = context.HttpContext.Response;
                response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many login attempts",
                    detail: $"Too many login attempts from this address: try again in {seconds} seconds.").ExecuteAsync(context.HttpContext);
            };
        });
    }
}
