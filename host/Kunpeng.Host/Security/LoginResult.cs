namespace Kunpeng.Host.Security;

/// <summary>What a login attempt came to: a token's account, a refusal, or a refusal to try at all for a while.</summary>
/// <param name="Account">The account logged in; null when refused.</param>
/// <param name="RetryAfter">Set when the user name is locked out or over its rate limit (429): when to try again.</param>
public sealed record LoginResult(Account? Account, TimeSpan? RetryAfter)
{
    public static LoginResult Refused { get; } = new(null, null);
}
