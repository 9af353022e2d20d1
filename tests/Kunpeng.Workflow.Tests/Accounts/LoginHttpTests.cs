using System.Net;
using System.Net.Http.Json;
using Kunpeng.Workflow.Tests.Infrastructure;
using Xunit;

namespace Kunpeng.Workflow.Tests.Accounts;

/// <summary>Login limits over HTTP: 429 with Retry-After, and the same answer for an unknown user as for a wrong password.</summary>
public sealed class LoginHttpTests
{
    [Fact]
    public async Task An_unknown_user_and_a_wrong_password_get_the_same_answer()
    {
        using var host = new WorkflowHost();
        var wrong = await host.Anonymous().PostAsJsonAsync("/api/auth/token", new { userName = WorkflowHost.AdminUser, password = "not-the-password" });
        var unknown = await host.Anonymous().PostAsJsonAsync("/api/auth/token", new { userName = "nobody.at.all", password = "not-the-password" });
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(wrong.StatusCode, unknown.StatusCode);
        Assert.Equal(await BodyAsync(wrong), await BodyAsync(unknown));
    }

    // The problem body without its per-request trace id.
    private static async Task<string> BodyAsync(HttpResponseMessage response)
    {
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        body.Remove("traceId");
        return body.ToJsonString();
    }

    [Fact]
    public async Task Repeated_failures_lock_the_name_out_with_429_and_retry_after()
    {
        using var host = new WorkflowHost();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 6; i++)
        {
            last = await host.Anonymous().PostAsJsonAsync("/api/auth/token", new { userName = WorkflowHost.AdminUser, password = "guess-number-" + i });
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 4), (HttpStatusCode)429, (HttpStatusCode)429], statuses);
        Assert.True(last!.Headers.RetryAfter?.Delta > TimeSpan.FromMinutes(14), last.Headers.RetryAfter?.ToString());
        var right = await host.Anonymous().PostAsJsonAsync("/api/auth/token", new { userName = WorkflowHost.AdminUser, password = WorkflowHost.AdminPassword });
        Assert.Equal((HttpStatusCode)429, right.StatusCode);
    }

    [Fact]
    public async Task One_address_is_limited_per_minute_across_user_names()
    {
        using var host = new WorkflowHost(settings: new() { ["Kunpeng:Auth:Login:PerAddressPerMinute"] = "5" });
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 7; i++)
        {
            last = await host.Anonymous().PostAsJsonAsync("/api/auth/token", new { userName = "sprayed.name." + i, password = "spray-password" });
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 5), (HttpStatusCode)429, (HttpStatusCode)429], statuses);
        Assert.NotNull(last!.Headers.RetryAfter);
        Assert.Contains("Too many login attempts", await last.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_name_is_limited_per_minute_across_addresses()
    {
        using var host = new WorkflowHost(settings: new() { ["Kunpeng:Auth:Login:PerAccountPerMinute"] = "3", ["Kunpeng:Auth:Login:LockoutThreshold"] = "100" });
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await host.Anonymous().PostAsJsonAsync("/api/auth/token", new { userName = "target.name", password = "guess-" + i })).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, (HttpStatusCode)429], statuses);
    }
}
