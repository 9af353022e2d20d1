using Kunpeng.Web.Api.Models;

namespace Kunpeng.Web.Session;

/// <summary>
/// Who is logged in, held in this browser tab's memory only: the bearer token is never written to
/// localStorage, sessionStorage or a cookie, so a reload or a new tab asks for the login again, and
/// the server keeps no session (any host behind a load balancer answers any request).
/// </summary>
public sealed class UserSession
{
    public string? Token { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public Me? User { get; private set; }

    /// <summary>The bureau's own name for a bureau officer (from the domain's organizer data), e.g. 区教育局.</summary>
    public string? BureauNameZh { get; private set; }

    /// <summary>The domain's Chinese name for a bureau officer, e.g. 教育.</summary>
    public string? DomainNameZh { get; private set; }

    public bool IsLoggedIn => Token is not null && User is not null && DateTimeOffset.UtcNow < ExpiresAt;

    public string Role => User?.Role ?? "";

    public event Action? Changed;

    public void SignIn(string token, int expiresInSeconds, Me user, string? bureauNameZh, string? domainNameZh)
    {
        Token = token;
        ExpiresAt = DateTimeOffset.UtcNow.AddSeconds(expiresInSeconds);
        User = user;
        BureauNameZh = bureauNameZh;
        DomainNameZh = domainNameZh;
        Changed?.Invoke();
    }

    public void SignOut()
    {
        if (Token is null && User is null)
        {
            return;
        }

        Token = null;
        User = null;
        BureauNameZh = null;
        DomainNameZh = null;
        Changed?.Invoke();
    }
}
