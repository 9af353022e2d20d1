using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Kunpeng.Host.Security;
using Kunpeng.Workflow.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Xunit;

namespace Kunpeng.Workflow.Tests.Accounts;

/// <summary>Accounts that can be stopped, over HTTP: tokens end at once, forged or stale tokens are refused.</summary>
public sealed class AccountHttpTests : IDisposable
{
    private readonly WorkflowHost _host = new();

    private async Task<(HttpClient Admin, JsonObject Account, string UserName)> OfficerAsync()
    {
        var admin = await _host.AdminAsync();
        var userName = "officer." + Guid.NewGuid().ToString("N")[..8];
        var account = await admin.PostAsJsonAsync("/api/accounts", new
        {
            userName, password = "officer-passphrase", displayName = "卫生局 李明", role = KunpengRoles.BureauOfficer, domainId = "health",
        }).CreatedAsync();
        return (admin, account, userName);
    }

    private Task<HttpStatusCode> MeAsync(HttpClient client) => client.GetAsync("/api/auth/me").ContinueWith(t => t.Result.StatusCode);

    [Fact]
    public async Task Disabling_ends_the_accounts_tokens_at_once_and_enabling_does_not_bring_them_back()
    {
        var (admin, account, userName) = await OfficerAsync();
        var officer = await _host.LoginAsync(userName, "officer-passphrase");
        Assert.Equal(HttpStatusCode.OK, await MeAsync(officer));

        await admin.GetAsync("/api/accounts/" + account.Str("id")).OkAsync();
        await admin.PostAsync($"/api/accounts/{account.Str("id")}/disable", null, ifMatch: null).ContinueWith(t => Assert.Equal((HttpStatusCode)428, t.Result.StatusCode));
        var disabled = await admin.PostAsync($"/api/accounts/{account.Str("id")}/disable", null, account.Version()).OkAsync();
        Assert.True(disabled["disabled"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(officer));
        var login = await _host.Anonymous().PostAsJsonAsync("/api/auth/token", new { userName, password = "officer-passphrase" });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);

        await admin.PostAsync($"/api/accounts/{account.Str("id")}/enable", null, disabled.Version()).OkAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(officer));
        Assert.Equal(HttpStatusCode.OK, await MeAsync(await _host.LoginAsync(userName, "officer-passphrase")));
    }

    [Fact]
    public async Task A_reset_by_the_office_and_a_change_by_the_holder_end_existing_tokens()
    {
        var (admin, account, userName) = await OfficerAsync();
        var before = await _host.LoginAsync(userName, "officer-passphrase");
        await admin.PostAsync($"/api/accounts/{account.Str("id")}/password", new { newPassword = "aaaaaaaaaa" }, account.Version())
            .StatusAsync(HttpStatusCode.BadRequest);
        await admin.PostAsync($"/api/accounts/{account.Str("id")}/password", new { newPassword = "office-reset-passphrase" }, account.Version()).OkAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(before));

        var holder = await _host.LoginAsync(userName, "office-reset-passphrase");
        var change = await holder.PostAsJsonAsync("/api/auth/password", new { currentPassword = "office-reset-passphrase", newPassword = "holder-chosen-passphrase" });
        Assert.Equal(HttpStatusCode.NoContent, change.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(holder));
        Assert.Equal(HttpStatusCode.OK, await MeAsync(await _host.LoginAsync(userName, "holder-chosen-passphrase")));
    }

    [Fact]
    public async Task The_office_corrects_an_account_and_the_domain_must_be_served()
    {
        var (admin, account, _) = await OfficerAsync();
        var id = account.Str("id");
        await admin.PutAsync($"/api/accounts/{id}", new { displayName = "李明", domainId = "urban" }, account.Version()).StatusAsync(HttpStatusCode.BadRequest);
        await admin.PutAsync($"/api/accounts/{id}", new { displayName = "李明", domainId = "education" }, null).StatusAsync((HttpStatusCode)428);
        var moved = await admin.PutAsync($"/api/accounts/{id}", new { displayName = "教育局 李明", domainId = "education" }, account.Version()).OkAsync();
        Assert.Equal("education", moved.Str("domainId"));
        Assert.Equal("教育局 李明", moved.Str("displayName"));

        var urban = await admin.PostAsJsonAsync("/api/accounts", new
        {
            userName = "urban.officer", password = "officer-passphrase", displayName = "住建局", role = KunpengRoles.BureauOfficer, domainId = "urban",
        });
        var problem = await urban.JsonAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]!["domainId"]);
    }

    [Fact]
    public async Task A_signed_token_for_no_account_and_one_older_than_the_lifetime_are_refused()
    {
        var (_, account, _) = await OfficerAsync();
        var now = DateTime.UtcNow;
        var ghost = Forge("no-such-account", "", now.AddMinutes(-1), new DateTime(2100, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(Bearer(ghost)));

        var stored = _host.Services.GetRequiredService<AccountStore>().Find(account.Str("id"))!;
        var fresh = Forge(stored.Id, stored.SecurityStamp, now.AddMinutes(-1), now.AddHours(1));
        Assert.Equal(HttpStatusCode.OK, await MeAsync(Bearer(fresh)));
        // exp in 2100, but issued nine hours ago: the configured lifetime (8 h) wins.
        var stale = Forge(stored.Id, stored.SecurityStamp, now.AddHours(-9), new DateTime(2100, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(Bearer(stale)));
    }

    [Fact]
    public async Task Bureaus_find_experts_by_name_without_personal_data_and_the_panel_shows_names()
    {
        var (admin, _, userName) = await OfficerAsync();
        var expert = await admin.PostAsJsonAsync("/api/accounts", new
        {
            userName = "expert.wang", password = "expert-passphrase", displayName = "评审专家 王立新", role = KunpengRoles.ExpertReviewer,
            domainId = "health", expertise = "心血管内科",
        }).CreatedAsync();
        var officer = await _host.LoginAsync(userName, "officer-passphrase");
        var directory = await officer.GetAsync("/api/reviewers?name=王立新").OkAsync();
        var entry = Assert.Single(directory["items"]!.AsArray())!.AsObject();
        Assert.Equal(expert.Str("id"), entry.Str("id"));
        Assert.Equal("心血管内科", entry.Str("expertise"));
        Assert.False(entry.ContainsKey("userName"));

        var (unit, _) = await _host.AccountAsync(KunpengRoles.NominatingUnit, unit: "区医院");
        Assert.Equal(HttpStatusCode.Forbidden, (await unit.GetAsync("/api/reviewers")).StatusCode);

        // The panel formed from the directory's id shows the expert by name.
        await admin.PostAsync("/api/programmes/years/2015/open", null, null).OkAsync();
        var formed = await officer.PutAsync("/api/cycles/health-2015/panel", new { reviewerIds = new[] { entry.Str("id") } }, null).OkAsync();
        Assert.Equal("评审专家 王立新", formed["reviewers"]![0]!["displayName"]!.GetValue<string>());
        var read = await officer.GetAsync("/api/cycles/health-2015/panel").OkAsync();
        Assert.Equal([expert.Str("id")], read["reviewerIds"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal("评审专家 王立新", read["reviewers"]![0]!["displayName"]!.GetValue<string>());
    }

    private string Forge(string subject, string stamp, DateTime issuedAt, DateTime expires)
    {
        var keys = _host.Services.GetRequiredService<SigningKeyStore>();
        var auth = _host.Services.GetRequiredService<IOptions<AuthOptions>>().Value;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = auth.Issuer,
            Audience = auth.Audience,
            Subject = new ClaimsIdentity([
                new Claim(KunpengClaims.Subject, subject), new Claim(KunpengClaims.Name, "x"),
                new Claim(KunpengClaims.Role, KunpengRoles.BureauOfficer), new Claim(KunpengClaims.Stamp, stamp),
            ]),
            IssuedAt = issuedAt,
            NotBefore = issuedAt,
            Expires = expires,
            SigningCredentials = new SigningCredentials(keys.Key, SecurityAlgorithms.HmacSha256),
        });
    }

    private HttpClient Bearer(string token)
    {
        var client = _host.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public void Dispose() => _host.Dispose();
}
