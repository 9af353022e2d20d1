using System.Net;
using Kunpeng.Host.Tests.Infrastructure;
using Kunpeng.Host.WebClient;

namespace Kunpeng.Host.Tests.Hosting;

/// <summary>
/// The host serves the front office at "/" and at every client route, with a Content-Security-Policy,
/// while the API, Swagger UI and /health keep their own answers.
/// </summary>
public sealed class WebClientServingTests(RealPluginsHost host) : IClassFixture<RealPluginsHost>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/login")]
    [InlineData("/nominations/new")]
    [InlineData("/cycles/education-2015/determination")]
    public async Task Client_routes_answer_the_index_page_with_a_content_security_policy(string path)
    {
        using var response = await host.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        // The build replaced the asset placeholders: the fingerprinted Blazor script, no inline script.
        Assert.DoesNotContain("#[.{fingerprint}]", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("importmap", html, StringComparison.Ordinal);
        var policy = Assert.Single(response.Headers.GetValues(ContentSecurityPolicyMiddleware.HeaderName));
        Assert.Contains("script-src 'self' 'wasm-unsafe-eval';", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval'", policy.Replace("'wasm-unsafe-eval'", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_blazor_runtime_is_served_compressed()
    {
        using var index = await host.Client.GetAsync("/");
        var html = await index.Content.ReadAsStringAsync();
        var script = System.Text.RegularExpressions.Regex.Match(html, "_framework/blazor\\.webassembly\\.[a-z0-9]+\\.js").Value;
        Assert.NotEmpty(script);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/" + script);
        request.Headers.AcceptEncoding.ParseAdd("gzip");

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("gzip", response.Content.Headers.ContentEncoding);
    }

    [Theory]
    [InlineData("/api/no-such-endpoint")]
    [InlineData("/api")]
    public async Task Unknown_api_paths_stay_404_problems_not_the_index_page(string path)
    {
        using var response = await host.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.False(response.Headers.Contains(ContentSecurityPolicyMiddleware.HeaderName));
    }

    [Fact]
    public async Task Swagger_health_and_the_api_carry_no_client_policy()
    {
        using var swagger = await host.Client.GetAsync("/swagger/index.html");
        using var health = await host.Client.GetAsync("/health");
        using var domains = await host.Client.GetAsync("/api/domains");

        Assert.Equal(HttpStatusCode.OK, swagger.StatusCode);
        Assert.Contains("swagger", await swagger.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, domains.StatusCode);
        Assert.Equal("application/json", domains.Content.Headers.ContentType?.MediaType);
        Assert.NotEqual("text/html", health.Content.Headers.ContentType?.MediaType);
        foreach (var r in new[] { swagger, health, domains })
        {
            Assert.False(r.Headers.Contains(ContentSecurityPolicyMiddleware.HeaderName));
        }
    }

    [Fact]
    public void An_external_authority_may_be_called_and_sent_to()
    {
        var policy = ContentSecurityPolicyMiddleware.Policy("https://login.example.gov.cn/realms/kunpeng");

        Assert.Contains("connect-src 'self' https://login.example.gov.cn;", policy, StringComparison.Ordinal);
        Assert.Contains("form-action 'self' https://login.example.gov.cn;", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self';", ContentSecurityPolicyMiddleware.Policy(null), StringComparison.Ordinal);
    }
}
