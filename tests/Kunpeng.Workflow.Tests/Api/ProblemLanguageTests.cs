using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Kunpeng.Workflow.Tests.Infrastructure;
using Xunit;

namespace Kunpeng.Workflow.Tests.Api;

/// <summary>
/// Problems in the language the request asks for (issue 11, item 9): zh-CN when it names none, en on
/// request; title, detail and field messages translated, field names (the keys) as in the API.
/// </summary>
public sealed class ProblemLanguageTests : IDisposable
{
    // The host as deployed: no configured default language.
    private readonly WorkflowHost _host = new(settings: new() { ["Kunpeng:Localization:DefaultCulture"] = "" });

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task A_request_naming_no_language_gets_chinese_with_the_field_names_kept()
    {
        var admin = await _host.AdminAsync();

        var response = await Post(admin, "/api/persons", """{"residentId":"x","nmae":"王五"}""", language: null);
        var problem = await response.JsonAsync(HttpStatusCode.BadRequest);

        Assert.Equal("zh-CN", response.Content.Headers.ContentLanguage.Single());
        Assert.Equal("输入有误", problem["title"]!.GetValue<string>());
        Assert.Equal("有字段填写有误，详见 errors。", problem["detail"]!.GetValue<string>());
        Assert.Equal("未知属性“nmae”。您是否要填写“name”？", problem["errors"]!["nmae"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task English_is_given_when_asked_for()
    {
        var admin = await _host.AdminAsync();

        var response = await Post(admin, "/api/persons", """{"residentId":"x","nmae":"王五"}""", language: "en-US,en;q=0.9");
        var problem = await response.JsonAsync(HttpStatusCode.BadRequest);

        Assert.Equal("Invalid input", problem["title"]!.GetValue<string>());
        Assert.Equal("Unknown property 'nmae'. Did you mean 'name'?", problem["errors"]!["nmae"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Messages_with_values_keep_the_values_and_translate_the_terms()
    {
        var admin = await _host.AdminAsync();

        var problem = await admin.GetAsync("/api/persons/no-such-id").StatusAsync(HttpStatusCode.NotFound);

        Assert.Equal("未找到人员", problem["title"]!.GetValue<string>());
        Assert.Equal("没有标识为“no-such-id”的人员。", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Problems_without_a_service_behind_them_are_translated_too()
    {
        var anonymous = _host.Anonymous();

        var unauthorized = await anonymous.GetAsync("/api/persons").StatusAsync(HttpStatusCode.Unauthorized);
        var unsupported = await anonymous.PostAsync("/api/auth/token", new ByteArrayContent("{}"u8.ToArray())).StatusAsync(HttpStatusCode.UnsupportedMediaType);

        Assert.Equal("未登录或登录已失效", unauthorized["title"]!.GetValue<string>());
        Assert.Equal("不支持的请求格式", unsupported["title"]!.GetValue<string>());
    }

    [Fact]
    public void Every_translation_keeps_the_values_of_its_english_text()
    {
        var resources = new System.Resources.ResourceManager("Kunpeng.Host.Problems.ProblemMessages", typeof(Kunpeng.Host.Problems.ProblemMessages).Assembly);
        var translations = resources.GetResourceSet(System.Globalization.CultureInfo.GetCultureInfo("zh-CN"), createIfNotExists: true, tryParents: false)!
            .Cast<System.Collections.DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);

        var broken = translations.Where(t => !Placeholders(t.Key).SetEquals(Placeholders(t.Value))).Select(t => t.Key).ToList();

        Assert.True(translations.Count > 250, $"{translations.Count} translations");
        Assert.Empty(broken);
    }

    private static HashSet<string> Placeholders(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).ToHashSet();

    private static Task<HttpResponseMessage> Post(HttpClient client, string url, string json, string? language)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (language is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", language);
        }

        return client.SendAsync(request);
    }
}
