using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Kunpeng.Workflow.Tests.Infrastructure;
using Xunit;

namespace Kunpeng.Workflow.Tests.Api;

/// <summary>
/// The bad inputs of issue 10 (findings 8, 9, 11) against the real host, each refused with 400/413/415
/// naming the field, before anything is written; none may answer 5xx.
/// </summary>
public sealed class RequestBodyGateTests(RoleScopeTests.World world) : IClassFixture<RoleScopeTests.World>
{
    private string N => world.NominationId;

    [Fact]
    public async Task A_login_without_content_type_is_415_not_500()
    {
        var content = new ByteArrayContent("{\"userName\":\"admin\",\"password\":\"x\"}"u8.ToArray());
        var response = await world.Host.Anonymous().PostAsync("/api/auth/token", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task A_form_where_json_belongs_is_415()
    {
        var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["note"] = "x" });
        var response = await world.Reviewer1.PostAsync($"/api/nominations/{N}/reviews/conflict", form);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Null_list_entries_are_refused_naming_the_entry()
    {
        var tiers = await Raw(world.EducationBureau, HttpMethod.Put, "/api/cycles/education-2015/determination", """{"tiers":[null]}""");
        var judgments = await Raw(world.Reviewer1, HttpMethod.Put, $"/api/nominations/{N}/reviews/mine", """{"judgments":[null]}""");

        Assert.Contains("tiers[0]", Errors(tiers).Select(e => e.Key));
        Assert.Contains("judgments[0]", Errors(judgments).Select(e => e.Key));
    }

    [Fact]
    public async Task A_lone_surrogate_in_a_profile_is_refused_and_nothing_is_written()
    {
        var residentId = ResidentIds.Next(new DateOnly(1980, 1, 2));
        var body = $$$"""{"residentId":"{{{residentId}}}","name":"王五","unit":"第一中学","profile":{"name":"\ud800"}}""";

        var refused = await Raw(world.UnitA, HttpMethod.Post, "/api/persons", body);
        var persons = await world.UnitA.GetAsync("/api/persons?name=王五").OkAsync();

        Assert.Contains(Errors(refused), e => e.Key == "profile.name" && e.Value.Contains("surrogate"));
        Assert.Equal(0, persons["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Non_finite_numbers_are_refused()
    {
        var refused = await Raw(world.Reviewer1, HttpMethod.Put, $"/api/nominations/{N}/reviews/mine", """{"score":1e309}""");

        Assert.Contains(Errors(refused), e => e.Key == "score" && e.Value.Contains("finite"));
    }

    [Fact]
    public async Task Dates_outside_1900_to_ten_years_ahead_are_refused()
    {
        var early = await Raw(world.Admin, HttpMethod.Post, "/api/cycles", """{"domainId":"health","year":2016,"nominationDeadline":"0001-01-01"}""");
        var late = await Raw(world.Admin, HttpMethod.Post, "/api/cycles", """{"domainId":"health","year":2016,"referenceDate":"9999-12-31"}""");

        Assert.Contains("nominationDeadline", Errors(early).Select(e => e.Key));
        Assert.Contains("referenceDate", Errors(late).Select(e => e.Key));
    }

    [Theory]
    [InlineData("孙\\u0000丽", "control character")]
    [InlineData("孙\\u202e丽", "bidirectional")]
    [InlineData("孙\\n丽", "one line")]
    public async Task Control_and_bidi_characters_are_refused_in_names(string name, string reason)
    {
        var residentId = ResidentIds.Next(new DateOnly(1981, 2, 3));
        var refused = await Raw(world.UnitA, HttpMethod.Post, "/api/persons", $$"""{"residentId":"{{residentId}}","name":"{{name}}","unit":"第一中学"}""");

        Assert.Contains(Errors(refused), e => e.Key == "name" && e.Value.Contains(reason));
    }

    [Fact]
    public async Task A_file_name_with_a_right_to_left_override_is_refused()
    {
        var residentId = ResidentIds.Next(new DateOnly(1979, 5, 6));
        var person = await world.UnitA.PostAsync("/api/persons", new { residentId, name = "钱七", unit = "第一中学", profile = Profiles.EducationTop() }, null).CreatedAsync();
        var draft = await world.UnitA.PostAsync("/api/nominations", new { cycleId = "education-2015", personId = person.Str("id"), tier = "top" }, null).CreatedAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/nominations/{draft.Str("id")}/documents") { Content = HttpJson.Pdf("certificate", "invoice\u202efdp.exe") };
        request.Headers.TryAddWithoutValidation("If-Match", "*");
        var refused = await (await world.UnitA.SendAsync(request)).JsonAsync(HttpStatusCode.BadRequest);

        Assert.Contains(Errors(refused), e => e.Key == "file" && e.Value.Contains("bidirectional"));
    }

    [Fact]
    public async Task An_unknown_property_is_refused_with_a_did_you_mean()
    {
        var refused = await Raw(world.UnitA, HttpMethod.Post, "/api/persons", """{"residentId":"x","nmae":"王五","unit":"第一中学"}""");

        Assert.Contains(Errors(refused), e => e.Key == "nmae" && e.Value.Contains("Did you mean 'name'?"));
    }

    [Fact]
    public async Task A_duplicate_key_is_refused()
    {
        var refused = await Raw(world.Reviewer1, HttpMethod.Post, $"/api/nominations/{N}/reviews/conflict", """{"note":"a","note":"b"}""");

        Assert.Contains(Errors(refused), e => e.Key == "note" && e.Value.Contains("more than once"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    public async Task An_empty_or_null_body_names_the_body(string body)
    {
        var refused = await Raw(world.Reviewer1, HttpMethod.Post, $"/api/nominations/{N}/reviews/conflict", body);

        var error = Assert.Single(Errors(refused));
        Assert.Equal("body", error.Key);
        Assert.DoesNotContain("Implicit body", error.Value);
    }

    [Fact]
    public async Task Free_text_has_a_maximum_length_and_a_body_its_limit()
    {
        var longNote = await Raw(world.Reviewer1, HttpMethod.Post, $"/api/nominations/{N}/reviews/conflict", $$"""{"note":"{{new string('长', 2001)}}"}""");
        var huge = new ByteArrayContent(Encoding.UTF8.GetBytes($$"""{"comment":"{{new string('x', 7 * 1024 * 1024)}}"}"""));
        huge.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var tooLarge = await world.Reviewer1.PutAsync($"/api/nominations/{N}/reviews/mine", huge);

        Assert.Contains(Errors(longNote), e => e.Key == "note" && e.Value.Contains("2000"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
    }

    [Fact]
    public async Task If_match_star_matches_any_version_and_a_weak_tag_none()
    {
        var residentId = ResidentIds.Next(new DateOnly(1982, 3, 4));
        var person = await world.UnitA.PostAsync("/api/persons", new { residentId, name = "赵六", unit = "第一中学" }, null).CreatedAsync();
        var url = $"/api/persons/{person.Str("id")}";

        var weak = await Send(world.UnitA, url, """{"unit":"第一中学"}""", "W/\"1\"");
        var star = await Send(world.UnitA, url, """{"unit":"第一中学"}""", "*");

        Assert.Equal(HttpStatusCode.PreconditionFailed, weak.StatusCode);
        Assert.Equal(HttpStatusCode.OK, star.StatusCode);
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, string url, string json, string ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request);
    }

    private static async Task<JsonObject> Raw(HttpClient client, HttpMethod method, string url, string json)
    {
        var request = new HttpRequestMessage(method, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        return await (await client.SendAsync(request)).JsonAsync(HttpStatusCode.BadRequest);
    }

    private static List<KeyValuePair<string, string>> Errors(JsonObject problem) =>
        problem["errors"]!.AsObject().SelectMany(e => e.Value!.AsArray().Select(m => KeyValuePair.Create(e.Key, m!.GetValue<string>()))).ToList();
}
