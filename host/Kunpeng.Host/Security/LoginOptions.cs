namespace Kunpeng.Host.Security;

/// <summary>How hard logins may be tried (<c>Kunpeng:Auth:Login</c>).</summary>
public sealed class LoginOptions
{
    public const string Section = "Kunpeng:Auth:Login";

    /// <summary>Login attempts one client address may make per minute (ASP.NET Core's rate limiter, 429 beyond).</summary>
    public int PerAddressPerMinute { get; set; } = 30;

    /// <summary>Login attempts for one user name per minute, from any address (429 beyond).</summary>
    public int PerAccountPerMinute { get; set; } = 10;

    /// <summary>Failed logins for one user name, in a row, after which it is locked out for <see cref="LockoutDuration"/>.</summary>
    public int LockoutThreshold { get; set; } = 5;

    /// <summary>How long a lockout lasts; failures older than this are forgotten.</summary>
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);
}
