using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using Kunpeng.Workflow.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace Kunpeng.Workflow.Tests.Api;

/// <summary>
/// Issue 10's hostile-input test: a generated corpus (CsCheck) sent to every mutating endpoint of the
/// OpenAPI document, as every role, with hostile bodies (lone surrogates, NUL and bidi characters,
/// 1e309, dates of year 1 and 9999, null list entries, duplicate and unknown keys, wrong types, deep
/// nesting, broken JSON), wrong or missing Content-Types, stray query parameters and odd If-Match
/// values. Nothing may answer 5xx, and a refused request may change nothing a Talent Office
/// administrator can read (audit trail, persons, nominations, cycles, accounts, programmes).
/// Afterwards every list still reads. Every problem title of a zh-CN request is Chinese.
/// </summary>
public sealed class HostileInputTests(RoleScopeTests.World world, ITestOutputHelper output) : IClassFixture<RoleScopeTests.World>
{
    private const int RequestsPerOperation = 40;

    private static readonly string[] Fingerprinted =
        ["/api/audit?pageSize=100", "/api/persons?pageSize=100", "/api/nominations?pageSize=100", "/api/cycles?pageSize=100", "/api/accounts", "/api/programmes"];

    private static readonly string[] Scalars =
    [
        "null", "\"\\ud800\"", "\"x\\udfffy\"", "\"a\\u0000b\"", "\"invoice\\u202efdp.exe\"", "\"\\u2066x\"", "1e309", "-1e309", "1e-400",
        "99999999999999999999999", "-1", "0", "0.5", "true", "\"0001-01-01\"", "\"9999-12-31\"", "\"2015-02-30\"", "\"\"", "\"   \"",
        "[]", "{}", "[null]", "[null,null]", "[[[[[[[[]]]]]]]]", "[\"\\ud800\"]", "{\"\\ud800\":1}", "\"" + new string('x', 3000) + "\"",
        "\"" + new string('长', 2100) + "\"", "\"draft\"", "\"bogus\"", "\"education-2015\"", "\"top\"", "\"admit\"", "\"Submitted\"",
    ];

    private static readonly string[] Bodies =
    [
        "", "null", "[]", "\"x\"", "{", "{\"a\":}", "{\"a\":1,}", "\u0000", new string('[', 200) + new string(']', 200),
        "{\"a\":1}{\"b\":2}", "{'a':1}", "\ufeff{}",
    ];

    private static readonly string?[] ContentTypes =
        ["application/json", "application/json", "application/json", "application/json", null, "text/plain", "application/x-www-form-urlencoded", "application/json; charset=utf-16"];

    private static readonly string?[] IfMatches = [null, "*", "\"1\"", "W/\"1\"", "\"999\"", "garbage", "\"1\", W/\"2\""];

    private sealed record Hostile(int Client, string Body, string? ContentType, string? IfMatch, bool StrayQuery, bool Chinese);

    [Fact]
    public async Task Every_mutating_endpoint_refuses_a_hostile_corpus_without_5xx_or_writing()
    {
        var operations = await MutatingOperationsAsync();
        var clients = new[] { world.Admin, world.EducationBureau, world.UnitA, world.Reviewer1, world.Applicant };
        var sent = 0;
        var refused = 0;
        var accepted = 0;
        var serverErrors = new List<string>();
        var writtenDespiteRefusal = new List<string>();
        var untranslatedTitles = new List<string>();
        var before = await FingerprintAsync();

        foreach (var (method, template, properties) in operations)
        {
            var hostile = Generator(properties);
            await hostile.SampleAsync(async h =>
            {
                var url = Url(template) + (h.StrayQuery ? "?bogus=1" : "");
                var request = new HttpRequestMessage(new HttpMethod(method), url);
                request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(h.Body));
                if (h.ContentType is not null)
                {
                    request.Content.Headers.TryAddWithoutValidation("Content-Type", h.ContentType);
                }

                if (h.IfMatch is not null)
                {
                    request.Headers.TryAddWithoutValidation("If-Match", h.IfMatch);
                }

                request.Headers.TryAddWithoutValidation("Accept-Language", h.Chinese ? "zh-CN" : "en");
                using var response = await clients[h.Client].SendAsync(request);
                sent++;
                var status = (int)response.StatusCode;
                var text = await response.Content.ReadAsStringAsync();
                if (status >= 500)
                {
                    serverErrors.Add($"{method} {url} [{h.ContentType}] {Shorten(h.Body)} → {status} {Shorten(text)}");
                    return;
                }

                if (status >= 400)
                {
                    refused++;
                    var after = await FingerprintAsync();
                    // A failed login is recorded in the audit trail by design; nothing else a refusal may write.
                    if (after != before && !template.StartsWith("/api/auth/", StringComparison.Ordinal))
                    {
                        writtenDespiteRefusal.Add($"{method} {url} {Shorten(h.Body)} → {status}");
                    }

                    before = after;
                    if (h.Chinese && response.Content.Headers.ContentType?.MediaType == "application/problem+json"
                        && JsonNode.Parse(text)?["title"]?.GetValue<string>() is { } title && !title.Any(c => c is >= '\u4e00' and <= '\u9fff'))
                    {
                        untranslatedTitles.Add($"{status} {title}");
                    }
                }
                else
                {
                    accepted++;
                    before = await FingerprintAsync();
                }
            }, iter: RequestsPerOperation, threads: 1);
        }

        var crawled = await ReadEveryListAsync(serverErrors);
        output.WriteLine($"{operations.Count} mutating operations, {sent} requests sent: {refused} refused, {accepted} accepted; " +
                         $"5xx = {serverErrors.Count}, written despite refusal = {writtenDespiteRefusal.Count}, untranslated zh-CN titles = {untranslatedTitles.Distinct().Count()}; " +
                         $"{crawled} lists read afterwards.");
        Assert.True(operations.Count >= 40, $"only {operations.Count} mutating operations found");
        Assert.Equal(operations.Count * RequestsPerOperation, sent);
        Assert.Empty(serverErrors);
        Assert.Empty(writtenDespiteRefusal);
        Assert.Empty(untranslatedTitles.Distinct());
    }

    /// <summary>Hostile requests for one operation; bodies are built from the names its request schema documents.</summary>
    private static Gen<Hostile> Generator(IReadOnlyList<string> properties)
    {
        var names = properties.Concat(properties.Select(p => p.ToLowerInvariant() + "x")).Concat(["__proto__", "constructor", "a\\u0000b", "\\u202e"]).ToArray();
        var scalar = Gen.Frequency(
            (4, Gen.OneOf(Scalars)),
            (1, Gen.String.Select(s => JsonSerializer.Serialize(s))),
            (1, Gen.Int.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        var value = Gen.Frequency(
            (5, scalar),
            (1, scalar.Array[0, 4].Select(items => "[" + string.Join(",", items) + "]")),
            (1, Gen.Select(Gen.OneOf(names), scalar, (n, v) => $"{{\"{n}\":{v}}}")));
        var member = Gen.Select(Gen.OneOf(names), value, (n, v) => $"\"{n}\":{v}");
        var objectBody = Gen.Select(member.Array[0, 6], Gen.Bool, (members, duplicate) =>
            "{" + string.Join(",", duplicate && members.Length > 0 ? members.Append(members[0]) : members) + "}");
        var body = Gen.Frequency((6, objectBody), (1, Gen.OneOf(Bodies)), (1, value));
        var headers = Gen.Select(Gen.OneOf(ContentTypes), Gen.OneOf(IfMatches), Gen.Int[0, 9], Gen.Bool, (type, ifMatch, stray, chinese) => (type, ifMatch, stray, chinese));
        return Gen.Select(Gen.Int[0, 4], body, headers, (client, b, h) => new Hostile(client, b, h.type, h.ifMatch, h.stray == 0, h.chinese));
    }

    /// <summary>Every POST, PUT, PATCH and DELETE of the OpenAPI document, with the properties its JSON body documents.</summary>
    private async Task<List<(string Method, string Template, IReadOnlyList<string> Properties)>> MutatingOperationsAsync()
    {
        var document = (await world.Admin.GetAsync("/swagger/v1/swagger.json").OkAsync());
        var schemas = document["components"]?["schemas"]?.AsObject();
        var operations = new List<(string, string, IReadOnlyList<string>)>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                if (method is not ("post" or "put" or "patch" or "delete"))
                {
                    continue;
                }

                var schema = operation?["requestBody"]?["content"]?["application/json"]?["schema"];
                if (schema?["$ref"]?.GetValue<string>() is { } reference && schemas is not null)
                {
                    schema = schemas[reference.Split('/')[^1]];
                }

                var properties = schema?["properties"]?.AsObject().Select(p => p.Key).ToList() ?? [];
                operations.Add((method.ToUpperInvariant(), path, properties));
            }
        }

        return operations;
    }

    /// <summary>The path with its parameters filled with ids that exist, so the requests get past the lookups.</summary>
    private string Url(string template) => template
        .Replace("/api/nominations/{id}", $"/api/nominations/{world.NominationId}", StringComparison.Ordinal)
        .Replace("/api/persons/{id}", $"/api/persons/{world.PersonId}", StringComparison.Ordinal)
        .Replace("/api/domains/{id}", "/api/domains/education", StringComparison.Ordinal)
        .Replace("{cycleId}", "education-2015", StringComparison.Ordinal)
        .Replace("/api/cycles/{id}", "/api/cycles/education-2015", StringComparison.Ordinal)
        .Replace("{year}", "2015", StringComparison.Ordinal)
        .Replace("{domainId}", "education", StringComparison.Ordinal)
        .Replace("{id}", "education", StringComparison.Ordinal)
        .Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal);

    /// <summary>What the Talent Office can read of the registry, hashed: a refused request must leave it as it was.</summary>
    private async Task<string> FingerprintAsync()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var url in Fingerprinted)
        {
            using var response = await world.Admin.GetAsync(url);
            hash.AppendData(Encoding.UTF8.GetBytes($"{url} {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}\n"));
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>Every GET without path parameters, as the administrator: nothing the corpus left behind may break a read.</summary>
    private async Task<int> ReadEveryListAsync(List<string> serverErrors)
    {
        var document = await world.Admin.GetAsync("/swagger/v1/swagger.json").OkAsync();
        var read = 0;
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            if (item!["get"] is null || path.Contains('{'))
            {
                continue;
            }

            using var response = await world.Admin.GetAsync(path);
            read++;
            if ((int)response.StatusCode >= 500)
            {
                serverErrors.Add($"GET {path} → {(int)response.StatusCode}");
            }
        }

        return read;
    }

    private static string Shorten(string text) => text.Length <= 160 ? text : text[..160] + "…";
}
