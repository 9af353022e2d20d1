using System.Net;
using Bunit;
using Kunpeng.Web.Pages;
using Xunit;

namespace Kunpeng.Web.Tests;

public sealed class LoginTests
{
    [Fact]
    public async Task A_wrong_password_says_so_in_Chinese_and_keeps_the_user_name()
    {
        await using var ctx = new WebTestContext();
        ctx.Api.On("POST", "/api/auth/token", """{"status":401,"title":"Unauthorized"}""", HttpStatusCode.Unauthorized);
        var cut = ctx.Render<Login>();

        cut.Find("#login-user").Input("demo.unit.school");
        cut.Find("#login-password").Input("wrong");
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Contains("用户名或密码错误", cut.Find("[role=alert]").TextContent));
        Assert.Equal("demo.unit.school", cut.Find("#login-user").GetAttribute("value"));
        Assert.False(ctx.Session.IsLoggedIn);
    }

    [Fact]
    public async Task A_good_login_keeps_the_token_in_memory_and_asks_who_it_belongs_to()
    {
        await using var ctx = new WebTestContext();
        ctx.Api.On("POST", "/api/auth/token", """{"access_token":"abc","token_type":"Bearer","expires_in":3600}""");
        ctx.Api.On("GET", "/api/auth/me", """{"accountId":"a1","name":"第一中学","role":"nominating-unit","domainId":null,"unit":"第一中学"}""");
        var cut = ctx.Render<Login>();

        cut.Find("#login-user").Input("demo.unit.school");
        cut.Find("#login-password").Input("kunpeng-demo-2015");
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.True(ctx.Session.IsLoggedIn));
        Assert.Equal("abc", ctx.Session.Token);
        Assert.Equal("nominating-unit", ctx.Session.Role);
        // Nothing was written to browser storage: the page made no JS call at all.
        Assert.DoesNotContain(ctx.JSInterop.Invocations, i => i.Identifier.Contains("Storage", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("/nominations/n1", "nominations/n1")]
    [InlineData("//evil.example/x", "")]
    [InlineData("/\\evil.example", "")]
    [InlineData("https://evil.example/", "")]
    [InlineData("/login?returnUrl=/x", "")]
    public void The_login_returns_only_to_a_page_of_this_application(string returnUrl, string expected) =>
        Assert.Equal(expected, Login.SafeReturn(returnUrl));
}
