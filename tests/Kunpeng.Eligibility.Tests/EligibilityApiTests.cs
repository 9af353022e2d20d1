using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kunpeng.Eligibility.Tests.Support;

namespace Kunpeng.Eligibility.Tests;

/// <summary>The endpoints over HTTP: shapes on the wire, problem+json, status codes. The workflow itself is tested without HTTP.</summary>
public sealed class EligibilityApiTests(EligibilityApiFactory factory) : IClassFixture<EligibilityApiFactory>
{
    private readonly HttpClient _client = factory.Client();
    private readonly HttpClient _signedIn = factory.SignedInClient();

    [Fact]
    public async Task Criteria_list_tiers_conditions_and_declared_facts()
    {
        var criteria = await GetJson("/api/domains/education/criteria", HttpStatusCode.OK);

        Assert.Equal("education", (string?)criteria["domainId"]);
        var top = criteria["tiers"]![0]!;
        Assert.Equal(("top", "拔尖人才", "需同时具备下列条件"), ((string?)top["tier"], (string?)top["tierNameZh"], (string?)top["preambleZh"]));
        var condition = top["conditions"]![0]!;
        Assert.Equal(("top.teaching-years", "hard", "person"), ((string?)condition["id"], (string?)condition["kind"], (string?)condition["subject"]));
        Assert.Equal("teachingYears", (string?)condition["facts"]![0]);
        var facts = criteria["facts"]!.AsArray();
        var schoolSize = facts.Single(f => (string?)f!["name"] == "schoolSize")!;
        Assert.Equal(("integer", 0m, 100000m, false), ((string?)schoolSize["type"], (decimal?)schoolSize["min"], (decimal?)schoolSize["max"], (bool?)schoolSize["shared"]));
        var education = facts.Single(f => (string?)f!["name"] == "educationLevel")!;
        Assert.Equal(("enum", true), ((string?)education["type"], (bool?)education["shared"]));
        Assert.Contains("associate", education["allowedValues"]!.AsArray().Select(v => (string?)v));
    }

    [Fact]
    public async Task Measures_list_the_catalogue()
    {
        var measures = await GetJson("/api/domains/education/measures", HttpStatusCode.OK);

        var measure = measures["measures"]![0]!;
        Assert.Equal(("study-tour", "study-tour", "考察学习"), ((string?)measure["id"], (string?)measure["category"], (string?)measure["titleZh"]));
        Assert.Equal(1, (int?)measure["targets"]![0]!["minimumPerYear"]);
    }

    [Theory]
    [InlineData("/api/domains/nope/criteria")]
    [InlineData("/api/domains/nope/measures")]
    public async Task Unknown_domain_is_a_404_problem(string url)
    {
        var response = await _client.GetAsync(url);

        var problem = await Problem(response, HttpStatusCode.NotFound);
        Assert.Equal("Unknown domain", (string?)problem["title"]);
        Assert.Equal("nope", (string?)problem["domainId"]);
    }

    [Fact]
    public async Task Unknown_domain_is_a_404_problem_for_eligibility_too()
    {
        var response = await Post("/api/domains/nope/eligibility", """{ "referenceDate": "2015-10-31", "profile": {} }""");

        Assert.Equal("Unknown domain", (string?)(await Problem(response, HttpStatusCode.NotFound))["title"]);
    }

    [Theory]
    [InlineData("GET", "/api/domains/culture/criteria", "provides no criteria")]
    [InlineData("GET", "/api/domains/health/measures", "provides no measures catalogue")]
    [InlineData("POST", "/api/domains/culture/eligibility", "provides no criteria")]
    public async Task A_domain_whose_plugin_lacks_the_contract_is_a_404_problem_saying_so(string method, string url, string reason)
    {
        var response = method == "GET" ? await _client.GetAsync(url) : await Post(url, """{ "referenceDate": "2015-10-31", "profile": {} }""");

        Assert.Contains(reason, (string?)(await Problem(response, HttpStatusCode.NotFound))["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eligibility_gives_each_tier_a_verdict_and_each_condition_its_outcome()
    {
        var response = await Post("/api/domains/education/eligibility", """
            { "referenceDate": "2015-10-31", "profile": { "residentId": "120222198003154519", "educationLevel": "bachelor", "teachingYears": 12 } }
            """);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(("education", "1.2.3", "2015-10-31"), ((string?)body["domainId"], (string?)body["pluginVersion"], (string?)body["referenceDate"]));
        var top = body["tiers"]![0]!;
        Assert.Equal(("top", "拔尖人才", "pending-review"), ((string?)top["tier"], (string?)top["tierNameZh"], (string?)top["verdict"]));
        var reserve = top["conditions"]!.AsArray().Single(c => (string?)c!["id"] == "top.reserve")!;
        Assert.Equal(("preference", "not-met"), ((string?)reserve["kind"], (string?)reserve["status"]));
        var backbone = body["tiers"]![1]!;
        Assert.Equal("incomplete", (string?)backbone["verdict"]);
        Assert.Equal("schoolSize", (string?)backbone["missingFacts"]![0]);
        var years = top["conditions"]![0]!;
        Assert.Equal(("met", "12 年", "≥ 10 年", "三.1.(1)"), ((string?)years["status"], (string?)years["found"], (string?)years["required"], (string?)years["clause"]));
    }

    [Fact]
    public async Task An_invalid_profile_is_a_400_problem_naming_each_field()
    {
        var response = await Post("/api/domains/education/eligibility", """
            { "referenceDate": "2015-10-31", "profile": { "residentId": "120222198003154518", "educationLevel": "phd", "schoolSize": -1, "shoeSize": 42 } }
            """);

        var errors = (await Problem(response, HttpStatusCode.BadRequest))["errors"]!.AsObject();
        Assert.Equal(["profile.educationLevel", "profile.residentId", "profile.schoolSize", "profile.shoeSize"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Contains("allowed: none, secondary, associate, bachelor, master, doctorate", (string?)errors["profile.educationLevel"]![0], StringComparison.Ordinal);
        Assert.Contains("check character", (string?)errors["profile.residentId"]![0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_reference_date_is_named()
    {
        var response = await Post("/api/domains/education/eligibility", """{ "profile": {} }""");

        Assert.NotNull((await Problem(response, HttpStatusCode.BadRequest))["errors"]!["referenceDate"]);
    }

    [Theory]
    [InlineData("""{ "referenceDate": "31.10.2015", "profile": {} }""", "referenceDate", "yyyy-MM-dd")]
    [InlineData("""{ "referenceDate": "2015-10-31", "profile": "teacher" }""", "profile", "JSON object")]
    [InlineData("""{ "referenceDate": "2015-10-31", "profile": {}, "refDate": "x" }""", "refDate", "Unknown property 'refDate'")]
    [InlineData("""{ "referenceDate": "2015-10-31", "profile": { "teachingYears": 12 """, "profile", "Malformed JSON")]
    public async Task A_body_of_the_wrong_shape_is_a_400_problem_at_its_path(string body, string path, string reason)
    {
        var response = await Post("/api/domains/education/eligibility", body);

        var errors = (await Problem(response, HttpStatusCode.BadRequest))["errors"]!.AsObject();
        var key = Assert.Single(errors).Key;
        Assert.StartsWith(path, key, StringComparison.Ordinal);
        Assert.Contains(reason, (string?)errors[key]![0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_415_problem()
    {
        var response = await _signedIn.PostAsync("/api/eligibility/screen", new StringContent("id,profile", Encoding.UTF8, "text/csv"));

        await Problem(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Screening_answers_every_profile_per_domain_and_tier()
    {
        var response = await Screen("/api/eligibility/screen", """
            { "referenceDate": "2015-10-31", "profiles": [
              { "id": "n-1", "profile": { "educationLevel": "bachelor", "teachingYears": 12, "birthDate": "1980-01-01", "schoolSize": 300 } },
              { "id": "n-2", "profile": { "teachingYears": 3 } } ] }
            """);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(("2015-10-31", "compact"), ((string?)body["referenceDate"], (string?)body["detail"]));
        Assert.Equal(["education", "health"], body["domains"]!.AsArray().Select(d => (string?)d!["domainId"]));
        var first = body["results"]![0]!;
        Assert.Equal("n-1", (string?)first["id"]);
        var education = first["domains"]![0]!;
        Assert.Equal("education", (string?)education["domainId"]);
        Assert.Equal("""{"tier":"backbone","verdict":"eligible"}""", education["tiers"]![1]!.ToJsonString());
        var second = body["results"]![1]!["domains"]![1]!["tiers"]![0]!;
        Assert.Equal(("ineligible", "top.teaching-years"), ((string?)second["verdict"], (string?)second["notMet"]![0]));
        Assert.Equal(["top.education", "top.age"], second["undecided"]!.AsArray().Select(v => (string?)v));
    }

    [Fact]
    public async Task Screening_with_full_detail_explains_every_condition()
    {
        var response = await Screen("/api/eligibility/screen?detail=full", """
            { "referenceDate": "2015-10-31", "domains": ["health"], "profiles": [ { "id": "n-1", "profile": { "teachingYears": 12 } } ] }
            """);

        var tier = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["results"]![0]!["domains"]![0]!["tiers"]![0]!;
        Assert.Equal("拔尖人才", (string?)tier["tierNameZh"]);
        Assert.Equal(5, tier["conditions"]!.AsArray().Count);
        Assert.Equal("awaits-panel", (string?)tier["conditions"]![3]!["status"]);
    }

    [Fact]
    public async Task Screening_with_invalid_profiles_names_every_bad_field_by_path()
    {
        var response = await Screen("/api/eligibility/screen", """
            { "referenceDate": "2015-10-31", "domains": ["education", "nope"], "profiles": [
              { "id": "n-1", "profile": {} },
              { "id": "n-2", "profile": { "birthDate": "1980-13-01" } },
              { "profile": { "vocationalLevel": 6 } } ] }
            """);

        var errors = (await Problem(response, HttpStatusCode.BadRequest))["errors"]!.AsObject();
        Assert.Equal(["domains[1]", "profiles[1].profile.birthDate", "profiles[2].id", "profiles[2].profile.vocationalLevel"],
            errors.Select(e => e.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Screening_more_than_the_cap_is_a_413_problem()
    {
        var profiles = string.Join(",", Enumerable.Range(0, EligibilityApiFactory.MaxProfiles + 1).Select(i => $$"""{ "id": "n-{{i}}", "profile": {} }"""));

        var response = await Screen("/api/eligibility/screen", $$"""{ "referenceDate": "2015-10-31", "profiles": [{{profiles}}] }""");

        Assert.Contains("at most 3", (string?)(await Problem(response, HttpStatusCode.RequestEntityTooLarge))["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_detail_level_is_named()
    {
        var response = await Screen("/api/eligibility/screen?detail=verbose", """{ "referenceDate": "2015-10-31", "profiles": [] }""");

        Assert.NotNull((await Problem(response, HttpStatusCode.BadRequest))["errors"]!["detail"]);
    }

    [Fact]
    public async Task OpenApi_documents_the_profile_facts_problems_and_an_example()
    {
        var swagger = await GetJson("/swagger/v1/swagger.json", HttpStatusCode.OK);

        var schemas = swagger["components"]!["schemas"]!;
        var profile = schemas["ProfileInput"]!["properties"]!;
        Assert.Equal(1, (int?)profile["vocationalLevel"]!["minimum"]);
        // A grade is a whole number in range or the word none: the two branches of anyOf.
        var grade = profile["practisingGrade"]!["anyOf"]!.AsArray();
        Assert.Equal(("integer", 1, 2), ((string?)grade[0]!["type"], (int?)grade[0]!["minimum"], (int?)grade[0]!["maximum"]));
        Assert.Equal(("string", "none"), ((string?)grade[1]!["type"], (string?)grade[1]!["enum"]![0]));
        Assert.Contains("education", (string?)profile["schoolSize"]!["description"], StringComparison.Ordinal);
        Assert.Equal(["primary", "secondary", "vocational"], profile["schoolType"]!["enum"]!.AsArray().Select(v => (string?)v));
        Assert.Contains("associate-senior", schemas["ProfessionalTitle"]!["enum"]!.AsArray().Select(v => (string?)v));
        Assert.Equal(["ineligible", "incomplete", "needs-exception", "pending-review", "eligible"], schemas["Verdict"]!["enum"]!.AsArray().Select(v => (string?)v));
        var screen = swagger["paths"]!["/api/eligibility/screen"]!["post"]!;
        Assert.NotNull(screen["requestBody"]!["content"]!["application/json"]!["example"]!["profiles"]);
        Assert.NotNull(screen["responses"]!["400"]!["content"]!["application/problem+json"]);
        Assert.NotNull(screen["responses"]!["413"]!["content"]!["application/problem+json"]);
        var eligibility = swagger["paths"]!["/api/domains/{id}/eligibility"]!["post"]!;
        Assert.NotNull(eligibility["responses"]!["404"]!["content"]!["application/problem+json"]);
        Assert.NotNull(swagger["paths"]!["/api/domains/{id}/criteria"]!["get"]!["responses"]!["404"]);
    }

    [Fact]
    public async Task Screening_a_batch_needs_a_signed_in_caller_and_checking_one_profile_does_not()
    {
        var batch = await Post("/api/eligibility/screen", """{ "referenceDate": "2015-10-31", "profiles": [{ "id": "a", "profile": {} }] }""");
        var one = await Post("/api/domains/education/eligibility", """{ "referenceDate": "2015-10-31", "profile": {} }""");

        Assert.Equal(HttpStatusCode.Unauthorized, batch.StatusCode);
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
    }

    private Task<HttpResponseMessage> Screen(string url, string json) =>
        _signedIn.PostAsync(url, new StringContent(json, Encoding.UTF8, "application/json"));

    private Task<HttpResponseMessage> Post(string url, string json) =>
        _client.PostAsync(url, new StringContent(json, Encoding.UTF8, "application/json"));

    private async Task<JsonNode> GetJson(string url, HttpStatusCode expected)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(expected, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static async Task<JsonNode> Problem(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"Expected {expected}, got {response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(body)!;
        Assert.Equal((int)expected, (int?)problem["status"]);
        return problem;
    }
}
