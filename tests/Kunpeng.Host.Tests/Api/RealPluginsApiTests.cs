using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kunpeng.Host.Tests.Infrastructure;

namespace Kunpeng.Host.Tests.Api;

/// <summary>The API over the ten real domain plugins, loaded by the real host.</summary>
public sealed class RealPluginsApiTests(RealPluginsHost host) : IClassFixture<RealPluginsHost>
{
    [Fact]
    public async Task PluginsListsTheTenDomainsActiveOnContract10()
    {
        var plugins = await host.GetPluginsAsync();

        Assert.Equal(TestPlugins.RealDomainIds, plugins.Select(p => p.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
        Assert.All(plugins, p =>
        {
            Assert.Equal("active", p.GetProperty("status").GetString());
            Assert.Equal("1.1", p.GetProperty("contractVersion").GetString());
            Assert.Equal(JsonValueKind.Null, p.GetProperty("reason").ValueKind);
            Assert.False(string.IsNullOrWhiteSpace(p.GetProperty("nameZh").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(p.GetProperty("nameEn").GetString()));
        });
    }

    [Fact]
    public async Task DomainsListsTheTenWithTheirOrganizingBureau()
    {
        var domains = (await host.Client.GetFromJsonAsync<JsonElement>("/api/domains")).EnumerateArray().ToList();

        Assert.Equal(TestPlugins.RealDomainIds, domains.Select(d => d.GetProperty("id").GetString()!));
        var education = Assert.Single(domains, d => d.GetProperty("id").GetString() == "education");
        Assert.Equal("区教育局", education.GetProperty("organizerZh").GetString());
    }

    [Fact]
    public async Task EducationIsOrganizedByTheBureauAndPlannedByTheTeachersSchool()
    {
        var education = await GetDomain("education");

        var bodies = education.GetProperty("bodies").EnumerateArray().ToDictionary(
            b => b.GetProperty("nameZh").GetString()!,
            b => b.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).ToList());
        Assert.Contains("approves-plan", bodies["区教育局"]);
        Assert.Contains("organizes", bodies["区教育局"]);
        Assert.Contains("drafts-plan", bodies["区教师进修学校"]);
        Assert.DoesNotContain("drafts-plan", bodies["区教育局"]);
        Assert.True(education.GetProperty("planApprovalRequired").GetBoolean());
        Assert.Equal("1.1", education.GetProperty("contractVersion").GetString());
    }

    [Fact]
    public async Task CultureIntakeHasTheOctoberDeadlineSelfApplicationAndTheDocuments()
    {
        var intake = (await GetDomain("culture")).GetProperty("intake");

        Assert.Equal("10-31", intake.GetProperty("deadline").GetString());
        Assert.Contains("self-application", intake.GetProperty("channels").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(
            ["申报表", "身份证明", "学历证书", "获奖证书或者其他业绩证明"],
            intake.GetProperty("requiredDocumentsZh").EnumerateArray().Select(d => d.GetString()));
        Assert.True(intake.GetProperty("documentsVerifiedByPanel").GetBoolean());
    }

    [Fact]
    public async Task PartyGovernmentTiersAreDivisionAndSectionWithoutANumber()
    {
        var tiers = (await GetDomain("party-government")).GetProperty("tiers").EnumerateArray().ToList();

        Assert.Equal(["division", "section"], tiers.Select(t => t.GetProperty("id").GetString()));
        Assert.All(tiers, t => Assert.Equal(JsonValueKind.Null, t.GetProperty("quotaTarget").ValueKind));
        Assert.All(tiers, t => Assert.Equal("一批", t.GetProperty("quotaTextZh").GetString()));
    }

    [Fact]
    public async Task EnterpriseManagementQuotasAndGrants()
    {
        var tiers = (await GetDomain("enterprise-management")).GetProperty("tiers").EnumerateArray().ToList();

        Assert.Equal(["top", "backbone"], tiers.Select(t => t.GetProperty("id").GetString()));
        Assert.Equal([5, 50], tiers.Select(t => t.GetProperty("quotaTarget").GetInt32()));
        Assert.All(tiers, t => Assert.True(t.GetProperty("quotaApproximate").GetBoolean()));
        Assert.Equal([10000m, 5000m], tiers.Select(t => t.GetProperty("grantCny").GetDecimal()));
    }

    [Fact]
    public async Task UnknownDomainIsAProblem404NamingTheId()
    {
        var response = await host.Client.GetAsync(new Uri("/api/domains/no-such-domain", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Equal("no-such-domain", problem.GetProperty("domainId").GetString());
        Assert.Contains("'no-such-domain'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HealthIsHealthyWithBothChecks()
    {
        var response = await host.Client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var health = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        var checks = health.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("registry").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("plugins").GetProperty("status").GetString());
        Assert.Equal("10 plugin(s) active, 0 set aside.", checks.GetProperty("plugins").GetProperty("description").GetString());
    }

    [Fact]
    public async Task SwaggerDocumentsThePluginsAndDomainEndpointsWithTheProblem404()
    {
        var document = await host.Client.GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json");

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/plugins", out var plugins), "/api/plugins is not documented");
        Assert.True(plugins.TryGetProperty("get", out _));
        Assert.True(paths.TryGetProperty("/api/domains/{id}", out var domain), "/api/domains/{id} is not documented");
        var responses = domain.GetProperty("get").GetProperty("responses");
        Assert.True(responses.TryGetProperty("200", out _));
        Assert.True(responses.TryGetProperty("404", out var notFound), "the 404 response is not documented");
        Assert.True(notFound.GetProperty("content").TryGetProperty("application/problem+json", out _),
            $"the 404 response is not documented as application/problem+json: {notFound}");
    }

    [Fact]
    public async Task SwaggerUiIsServed()
    {
        var response = await host.Client.GetAsync(new Uri("/swagger/index.html", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("swagger-ui", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<JsonElement> GetDomain(string id)
    {
        var response = await host.Client.GetAsync(new Uri($"/api/domains/{id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var domain = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(id, domain.GetProperty("id").GetString());
        return domain;
    }
}
