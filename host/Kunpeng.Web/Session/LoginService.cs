using Kunpeng.Web.Api;
using Kunpeng.Web.Api.Models;

namespace Kunpeng.Web.Session;

/// <summary>Logs in through the public token endpoint and learns who the token belongs to.</summary>
public sealed class LoginService(KunpengApi api, UserSession session)
{
    /// <summary>Logs in with a local account; null when it worked, else the problem to show.</summary>
    public async Task<ApiProblem?> LoginAsync(string userName, string password)
    {
        var token = await api.PostAsync<IssuedToken>("api/auth/token", new { userName, password });
        return token.Ok ? await AdoptAsync(token.Value!.AccessToken, token.Value.ExpiresIn) : token.Problem;
    }

    /// <summary>Takes a token (local or from the external authority) into the session once the API accepts it.</summary>
    public async Task<ApiProblem?> AdoptAsync(string accessToken, int expiresInSeconds)
    {
        var probe = new UserSession();
        probe.SignIn(accessToken, expiresInSeconds, new Me("", "", "", null, null), null, null);
        var me = await new KunpengApi(api.Http, probe).GetAsync<Me>("api/auth/me");
        if (!me.Ok)
        {
            return me.Problem;
        }

        string? bureau = null, domain = null;
        if (me.Value!.DomainId is { } domainId)
        {
            var detail = await new KunpengApi(api.Http, probe).GetAsync<DomainDetail>($"api/domains/{domainId}");
            domain = detail.Value?.NameZh;
            bureau = detail.Value?.OrganizerZh;
        }

        session.SignIn(accessToken, expiresInSeconds, me.Value, bureau, domain);
        return null;
    }
}
