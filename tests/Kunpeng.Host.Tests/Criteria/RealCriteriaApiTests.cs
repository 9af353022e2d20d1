using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kunpeng.Host.Tests.Infrastructure;

namespace Kunpeng.Host.Tests.Criteria;

/// <summary>
/// The ten real domains' criteria as a client sees them: each plugin loaded by the real host, its
/// conditions checked over HTTP. (Every bound of every domain is covered in-process by the plugin
/// test projects; these show the same rules reach the API through the loader.)
/// </summary>
public sealed class RealCriteriaApiTests(RealPluginsHost host) : IClassFixture<RealPluginsHost>
{
    private static readonly DateOnly Reference = new(2015, 10, 31);

    [Theory]
    [MemberData(nameof(Domains))]
    public async Task EveryDomainServesCriteriaWithClausesKindsAndFacts(string domainId)
    {
        var criteria = await host.Client.GetFromJsonAsync<JsonElement>($"/api/domains/{domainId}/criteria");
        var domain = await host.Client.GetFromJsonAsync<JsonElement>($"/api/domains/{domainId}");

        var tierIds = criteria.GetProperty("tiers").EnumerateArray().Select(t => t.GetProperty("tier").GetString()).ToList();
        Assert.Equal(domain.GetProperty("tiers").EnumerateArray().Select(t => t.GetProperty("id").GetString()), tierIds);
        var conditions = criteria.GetProperty("tiers").EnumerateArray().SelectMany(t => t.GetProperty("conditions").EnumerateArray()).ToList();
        Assert.NotEmpty(conditions);
        Assert.All(conditions, c =>
        {
            Assert.Matches(@"^[三五]\.\d", c.GetProperty("clause").GetString());
            Assert.Contains(c.GetProperty("kind").GetString(), new[] { "hard", "general", "qualitative", "preference" });
            Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("textZh").GetString()));
        });
        var measures = await host.Client.GetFromJsonAsync<JsonElement>($"/api/domains/{domainId}/measures");
        Assert.NotEmpty(measures.GetProperty("measures").EnumerateArray());
    }

    [Fact]
    public async Task EducationBackboneAgeIsMetAtFortyAndNeedsAnExceptionAtFortyOne()
    {
        var atForty = await Assess("education", Backbone(birthDate: Reference.AddYears(-41).AddDays(1)));
        var atFortyOne = await Assess("education", Backbone(birthDate: Reference.AddYears(-41)));

        Assert.Equal("met", Condition(atForty, "backbone", "backbone.age").GetProperty("status").GetString());
        Assert.Equal("eligible", Verdict(atForty, "backbone"));
        Assert.Equal("not-met", Condition(atFortyOne, "backbone", "backbone.age").GetProperty("status").GetString());
        Assert.Equal("needs-exception", Verdict(atFortyOne, "backbone"));
    }

    [Fact]
    public async Task AgeComesFromAValidResidentId()
    {
        var viaId = await Assess("education", Backbone(residentId: ResidentIds.For(Reference.AddYears(-41), male: true)));

        var age = Condition(viaId, "backbone", "backbone.age");
        Assert.Equal("not-met", age.GetProperty("status").GetString());
        Assert.Contains("41", age.GetProperty("found").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnInvalidResidentIdIsA400NamingTheField()
    {
        var valid = ResidentIds.For(new DateOnly(1980, 5, 17), male: false);
        var wrongCheck = valid[..17] + (valid[17] == '1' ? '2' : '1');

        using var response = await host.Client.PostAsJsonAsync("/api/domains/education/eligibility",
            new { referenceDate = "2015-10-31", profile = new { residentId = wrongCheck } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("profile.residentId", out _));
    }

    [Fact]
    public async Task UrbanConstructionTopAgeLimitIsFiftyForWomenAndFiftyFiveForMen()
    {
        var born = Reference.AddYears(-52);
        var woman = await Assess("urban-construction", new { birthDate = born.ToString("yyyy-MM-dd"), gender = "female" });
        var man = await Assess("urban-construction", new { birthDate = born.ToString("yyyy-MM-dd"), gender = "male" });
        var unknown = await Assess("urban-construction", new { birthDate = born.ToString("yyyy-MM-dd") });

        Assert.Equal("not-met", Condition(woman, "top", "top.age").GetProperty("status").GetString());
        Assert.Equal("ineligible", Verdict(woman, "top"));
        Assert.Equal("met", Condition(man, "top", "top.age").GetProperty("status").GetString());
        var undecided = Condition(unknown, "top", "top.age");
        Assert.Equal("undecided", undecided.GetProperty("status").GetString());
        Assert.Contains("gender", undecided.GetProperty("missingFacts").EnumerateArray().Select(f => f.GetString()));
    }

    [Fact]
    public async Task CultureTopWithoutMembershipAwaitsThePanelRatherThanFailing()
    {
        var result = await Assess("culture", new { associationMembership = "none" });

        var recognition = Condition(result, "top", "top.recognition");
        Assert.Equal("awaits-panel", recognition.GetProperty("status").GetString());
        Assert.Equal("not-met", recognition.GetProperty("alternatives").EnumerateArray()
            .Single(a => a.GetProperty("id").GetString() == "top.recognition.membership").GetProperty("status").GetString());
        Assert.Equal("pending-review", Verdict(result, "top"));
    }

    [Fact]
    public async Task EnterpriseBackboneRevenueBoundIsThreeMillionIncluded()
    {
        var atBound = await Assess("enterprise-management", EnterpriseBackbone(3_000_000m));
        var below = await Assess("enterprise-management", EnterpriseBackbone(2_999_999m));

        Assert.Equal("met", Condition(atBound, "backbone", "backbone.revenue").GetProperty("status").GetString());
        Assert.Equal("not-met", Condition(below, "backbone", "backbone.revenue").GetProperty("status").GetString());
        Assert.Equal("ineligible", Verdict(below, "backbone"));
    }

    [Fact]
    public async Task MissingFactsMakeATierIncompleteAndNameThem()
    {
        var result = await Assess("social-work", new { });

        var top = Tier(result, "top");
        Assert.Equal("incomplete", top.GetProperty("verdict").GetString());
        var missing = top.GetProperty("missingFacts").EnumerateArray().Select(f => f.GetString()).ToList();
        Assert.Contains("birthDate", missing);
        Assert.Contains("socialWorkYears", missing);
    }

    [Fact]
    public async Task ScreeningABatchAnswersEveryProfileForEveryDomainAndTier()
    {
        var profiles = Enumerable.Range(0, 5).Select(i => new
        {
            id = $"p{i}",
            profile = new { residentId = ResidentIds.For(new DateOnly(1975 + i * 4, 3, 9), male: i % 2 == 0, sequence: i), educationLevel = "bachelor" },
        }).ToList();

        using var signedIn = await host.Factory.SignedInClientAsync();
        using var response = await signedIn.PostAsJsonAsync("/api/eligibility/screen", new { referenceDate = "2015-10-31", profiles });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var results = body.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(profiles.Select(p => p.id), results.Select(r => r.GetProperty("id").GetString()));
        Assert.All(results, r =>
        {
            var domains = r.GetProperty("domains").EnumerateArray().ToList();
            Assert.Equal(TestPlugins.RealDomainIds.Count, domains.Count);
            Assert.All(domains, d => Assert.Equal(2, d.GetProperty("tiers").GetArrayLength()));
        });
    }

    public static TheoryData<string> Domains() => new(TestPlugins.RealDomainIds);

    private static object Backbone(DateOnly? birthDate = null, string? residentId = null) => new
    {
        birthDate = birthDate?.ToString("yyyy-MM-dd"),
        residentId,
        teachingYears = 6,
        educationLevel = "bachelor",
        professionalTitle = "intermediate",
        papers = new[] { new { year = 2014, recognition = "district" }, new { year = 2015, recognition = "none" } },
        researchProjects = new[] { new { year = 2013, level = "district", rank = 5, status = "completed" } },
    };

    private static object EnterpriseBackbone(decimal revenue) => new
    {
        enterpriseRole = "middle-management",
        managementYears = 4,
        professionalManagerCertified = true,
        birthDate = "1980-01-01",
        enterprise = new { registeredInDistrict = true, growthYears = 3, annualRevenue = revenue },
    };

    private async Task<JsonElement> Assess(string domainId, object profile)
    {
        using var response = await host.Client.PostAsJsonAsync($"/api/domains/{domainId}/eligibility",
            new { referenceDate = Reference.ToString("yyyy-MM-dd"), profile });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        return body;
    }

    private static JsonElement Tier(JsonElement result, string tier) =>
        result.GetProperty("tiers").EnumerateArray().Single(t => t.GetProperty("tier").GetString() == tier);

    private static string? Verdict(JsonElement result, string tier) => Tier(result, tier).GetProperty("verdict").GetString();

    private static JsonElement Condition(JsonElement result, string tier, string id) =>
        Tier(result, tier).GetProperty("conditions").EnumerateArray().Single(c => c.GetProperty("id").GetString() == id);
}
