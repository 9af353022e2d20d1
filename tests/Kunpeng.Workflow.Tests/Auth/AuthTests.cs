using System.Net;
using System.Net.Http.Json;
using Kunpeng.Host.Security;
using Kunpeng.Workflow.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace Kunpeng.Workflow.Tests.Auth;

/// <summary>Local accounts and tokens, and the external OpenID Connect path by configuration.</summary>
public sealed class AuthTests : IDisposable
{
    private readonly WorkflowHost _host = new();

    [Fact]
    public async Task The_bootstrap_administrator_logs_in_as_the_talent_office()
    {
        var admin = await _host.AdminAsync();
        var me = await admin.GetAsync("/api/auth/me").OkAsync();
        Assert.Equal(KunpengRoles.TalentOffice, me.Str("role"));
    }

    [Fact]
    public async Task A_wrong_password_is_401()
    {
        var response = await _host.Anonymous().PostAsJsonAsync("/api/auth/token", new { userName = WorkflowHost.AdminUser, password = "wrong-password" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var unknown = await _host.Anonymous().PostAsJsonAsync("/api/auth/token", new { userName = "nobody", password = "wrong-password" });
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
    }

    [Fact]
    public async Task A_form_login_the_form_reader_cannot_take_is_a_400_naming_the_body()
    {
        // A key beyond the form reader's length limit (2,048): the hostile-input corpus found it answered 500.
        var form = new StringContent($"{new string('k', 3000)}=1&username=admin&password=x", System.Text.Encoding.ASCII, "application/x-www-form-urlencoded");

        var problem = await (await _host.Anonymous().PostAsync("/api/auth/token", form)).JsonAsync(HttpStatusCode.BadRequest);

        Assert.True(problem["errors"]!.AsObject().ContainsKey("body"), problem.ToJsonString());
    }

    [Theory]
    [InlineData(KunpengRoles.TalentOffice, null, null)]
    [InlineData(KunpengRoles.BureauOfficer, "health", null)]
    [InlineData(KunpengRoles.ExpertReviewer, null, null)]
    [InlineData(KunpengRoles.NominatingUnit, null, "区医院")]
    [InlineData(KunpengRoles.Applicant, null, null)]
    public async Task Each_role_gets_a_token_carrying_its_scope(string role, string? domainId, string? unit)
    {
        var (client, id) = await _host.AccountAsync(role, domainId, unit);
        var me = await client.GetAsync("/api/auth/me").OkAsync();
        Assert.Equal(role, me.Str("role"));
        Assert.Equal(id, me.Str("accountId"));
        Assert.Equal(domainId, me["domainId"]?.GetValue<string>());
        Assert.Equal(unit, me["unit"]?.GetValue<string>());
    }

    [Fact]
    public async Task The_reviewer_directory_lists_reviewers_by_name_for_a_bureau_and_is_closed_to_others()
    {
        var (bureau, _) = await _host.AccountAsync(KunpengRoles.BureauOfficer, "health", null);
        var (reviewer, reviewerId) = await _host.AccountAsync(KunpengRoles.ExpertReviewer, null, null);
        var (unit, _) = await _host.AccountAsync(KunpengRoles.NominatingUnit, null, "区医院");

        var directory = (await bureau.GetAsync("/api/reviewers").OkAsync())["items"]!.AsArray();

        var listed = Assert.Single(directory);
        Assert.Equal(reviewerId, listed!["id"]!.GetValue<string>());
        Assert.Null(listed["userName"]);
        Assert.Equal(HttpStatusCode.Forbidden, (await unit.GetAsync("/api/reviewers")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync("/api/reviewers")).StatusCode);
    }

    [Fact]
    public async Task An_external_openid_connect_authority_is_configured_without_reaching_it()
    {
        using var host = new WorkflowHost(settings: new()
        {
            ["Kunpeng:Auth:External:Authority"] = "https://login.example.invalid/realms/kunpeng",
            ["Kunpeng:Auth:External:Audience"] = "kunpeng-api",
            ["Kunpeng:Auth:External:RoleClaim"] = "kunpeng_role",
        });
        var schemes = host.Services.GetRequiredService<IAuthenticationSchemeProvider>();
        Assert.NotNull(await schemes.GetSchemeAsync("kunpeng-external"));
        var options = host.Services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get("kunpeng-external");
        Assert.Equal("https://login.example.invalid/realms/kunpeng", options.Authority);
        Assert.Equal("kunpeng-api", options.Audience);
        Assert.Equal("kunpeng_role", options.TokenValidationParameters.RoleClaimType);
        // Local tokens still go to the local validator: no discovery request is made for them.
        var admin = await host.AdminAsync();
        Assert.Equal(KunpengRoles.TalentOffice, (await admin.GetAsync("/api/auth/me").OkAsync()).Str("role"));
    }

    public void Dispose() => _host.Dispose();
}
