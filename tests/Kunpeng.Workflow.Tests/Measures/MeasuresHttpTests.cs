using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Kunpeng.Host.Plugins;
using Kunpeng.Host.Registry;
using Kunpeng.Host.Security;
using Kunpeng.Workflow.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kunpeng.Workflow.Tests.Measures;

/// <summary>
/// The catalogue over HTTP on the real host: a plugin upgrade through the real loader under a
/// bureau's edits, a restart on the same registry, and the endpoints' refusals as problems.
/// </summary>
public sealed class MeasuresHttpTests : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "kunpeng-measures-http-" + Guid.NewGuid().ToString("N"));

    private string Plugins => Path.Combine(_root, "plugins");

    private string Database => Path.Combine(_root, "registry", "kunpeng.db");

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(Plugins);
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }

        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_bureaus_edits_survive_an_upgrade_through_the_real_loader_flagged_where_the_default_changed_and_a_restart_keeps_them()
    {
        MeasuresHostFactory.Deploy(MeasuresHostFactory.FixtureVersion(1), Path.Combine(Plugins, MeasuresHostFactory.FixtureFolder));
        MeasuresHostFactory.Deploy(MeasuresHostFactory.RealPlugin("Kunpeng.Plugins.Health"), Path.Combine(Plugins, "Kunpeng.Plugins.Health"));
        const string url = "/api/domains/fixture-measures/measures";

        await using (var host = new MeasuresHostFactory(Plugins, Database))
        {
            using var officer = await host.AccountAsync("fixture.officer", KunpengRoles.BureauOfficer, "fixture-measures");
            using var health = await host.AccountAsync("health.officer", KunpengRoles.BureauOfficer, "health");
            var v1 = await Json(await Send(officer, HttpMethod.Get, url));
            Assert.Equal("1.0.0", v1.GetProperty("pluginVersion").GetString());
            Assert.Equal(["training:default:1", "exchange:default:1", "mentoring:default:1"], Entries(v1));

            // Another bureau cannot touch this catalogue.
            await AssertProblem(await Send(health, HttpMethod.Put, $"{url}/training", TrainingEdit, "\"1\""), HttpStatusCode.Forbidden);

            var edited = await Send(officer, HttpMethod.Put, $"{url}/training", TrainingEdit, "\"1\"");
            Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
            Assert.Equal("\"2\"", edited.Headers.ETag?.Tag);
            var training = await Json(edited);
            Assert.Equal(("customized", "1.0.0", false), (training.GetProperty("origin").GetString(), training.GetProperty("basedOnPluginVersion").GetString(), training.GetProperty("defaultChanged").GetBoolean()));
            Assert.Equal(HttpStatusCode.OK, (await Send(officer, HttpMethod.Put, $"{url}/mentoring",
                new { titleZh = "导师带徒（区定）", textZh = "为每名人选配备两名导师。", formsZh = new[] { "导师带徒" } }, "\"1\"")).StatusCode);
            var added = await Send(officer, HttpMethod.Post, url, new { id = "night-school", titleZh = "夜校", textZh = "每月一次夜校。", category = "training" });
            Assert.Equal(HttpStatusCode.Created, added.StatusCode);
            Assert.Equal($"{url}/night-school", added.Headers.Location?.OriginalString);

            // Deploy 2.0.0 over 1.0.0 and reload it, as the folder watcher or POST /api/plugins/reload would.
            MeasuresHostFactory.Deploy(MeasuresHostFactory.FixtureVersion(2), Path.Combine(Plugins, MeasuresHostFactory.FixtureFolder));
            var change = await host.Services.GetRequiredService<PluginReloader>().ReloadAsync(MeasuresHostFactory.FixtureFolder);
            Assert.Equal((PluginChangeKind.Replaced, "2.0.0"), (change!.Kind, change.State.Version));

            AssertUpgraded(await Json(await Send(officer, HttpMethod.Get, url)));
        }

        // Restart on the same registry, now serving 2.0.0 from the start.
        await using (var restarted = new MeasuresHostFactory(Plugins, Database))
        {
            using var officer = await restarted.LoginAsync("fixture.officer");
            AssertUpgraded(await Json(await Send(officer, HttpMethod.Get, url)));

            var kept = await Send(officer, HttpMethod.Post, $"{url}/training/keep-edit", null, "\"2\"");
            Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
            Assert.Equal("\"3\"", kept.Headers.ETag?.Tag);
            var training = await Json(kept);
            Assert.Equal(("customized", false, "2.0.0"), (training.GetProperty("origin").GetString(), training.GetProperty("defaultChanged").GetBoolean(), training.GetProperty("basedOnPluginVersion").GetString()));
            Assert.Equal(HttpStatusCode.NoContent, (await Send(officer, HttpMethod.Post, $"{url}/mentoring/accept-default", null, "\"2\"")).StatusCode);

            var after = await Json(await Send(officer, HttpMethod.Get, url));
            Assert.Equal(["training:customized:3", "exchange:default:1", "study-tour:default:1", "night-school:bureau-added:1"], Entries(after));
            Assert.Empty(after.GetProperty("defaultChanges").EnumerateArray());
            var history = await Json(await Send(officer, HttpMethod.Get, $"{url}/training/history"));
            Assert.Equal(["measure.edited", "measure.default-change-kept"], history.EnumerateArray().Select(h => h.GetProperty("action").GetString()));
            Assert.Equal("2.0.0", history[1].GetProperty("basedOnPluginVersion").GetString());
        }
    }

    private static readonly object TrainingEdit = new
    {
        titleZh = "集中培训（区定）",
        textZh = "每年组织三次集中培训。",
        formsZh = new[] { "集中培训", "专题讲座" },
        targets = new[] { new { id = "sessions-per-year", descriptionZh = "每年组织集中培训不少于三次", minimumPerYear = 3 } },
    };

    /// <summary>What 2.0.0 over the bureau's edits looks like: edits kept, changed and dropped defaults flagged, the rest 2.0.0's.</summary>
    private static void AssertUpgraded(JsonElement catalogue)
    {
        Assert.Equal("2.0.0", catalogue.GetProperty("pluginVersion").GetString());
        Assert.Equal(
            ["training:customized:2", "exchange:default:1", "study-tour:default:1", "mentoring:customized:2", "night-school:bureau-added:1"],
            Entries(catalogue));
        Assert.Equal(["training", "mentoring"], catalogue.GetProperty("defaultChanges").EnumerateArray().Select(e => e.GetString()));

        var training = Entry(catalogue, "training");
        Assert.Equal("集中培训（区定）", training.GetProperty("titleZh").GetString());
        Assert.Equal(3, training.GetProperty("targets")[0].GetProperty("minimumPerYear").GetInt32());
        Assert.True(training.GetProperty("defaultChanged").GetBoolean());
        Assert.False(training.GetProperty("defaultRemoved").GetBoolean());
        Assert.Equal("1.0.0", training.GetProperty("basedOnPluginVersion").GetString());
        var basedOn = training.GetProperty("basedOnDefault");
        var current = training.GetProperty("currentDefault");
        Assert.Equal((1, "1.0.0"), (basedOn.GetProperty("targets")[0].GetProperty("minimumPerYear").GetInt32(), basedOn.GetProperty("pluginVersion").GetString()));
        Assert.Equal((2, "2.0.0"), (current.GetProperty("targets")[0].GetProperty("minimumPerYear").GetInt32(), current.GetProperty("pluginVersion").GetString()));
        Assert.Equal("每年组织两次集中培训。", current.GetProperty("textZh").GetString());

        var mentoring = Entry(catalogue, "mentoring");
        Assert.Equal((true, true), (mentoring.GetProperty("defaultChanged").GetBoolean(), mentoring.GetProperty("defaultRemoved").GetBoolean()));
        Assert.Equal(JsonValueKind.Null, mentoring.GetProperty("currentDefault").ValueKind);
        Assert.Equal("导师带徒（区定）", mentoring.GetProperty("titleZh").GetString());

        Assert.Equal(JsonValueKind.Null, Entry(catalogue, "exchange").GetProperty("currentDefault").ValueKind);
        Assert.Equal("考察学习", Entry(catalogue, "study-tour").GetProperty("titleZh").GetString());
    }

    [Fact]
    public async Task The_endpoints_refuse_as_problems_and_plans_draw_on_the_effective_catalogue()
    {
        MeasuresHostFactory.Deploy(MeasuresHostFactory.RealPlugin("Kunpeng.Plugins.Health"), Path.Combine(Plugins, "Kunpeng.Plugins.Health"));
        // Served, so that an officer of another domain can exist (an account's domain must be a served one).
        MeasuresHostFactory.Deploy(MeasuresHostFactory.RealPlugin("Kunpeng.Plugins.Education"), Path.Combine(Plugins, "Kunpeng.Plugins.Education"));
        const string url = "/api/domains/health/measures";
        await using var host = new MeasuresHostFactory(Plugins, Database);
        using var anonymous = host.CreateClient();
        using var officer = await host.AccountAsync("health.officer", KunpengRoles.BureauOfficer, "health");
        using var education = await host.AccountAsync("education.officer", KunpengRoles.BureauOfficer, "education");
        using var reviewer = await host.AccountAsync("expert.sun", KunpengRoles.ExpertReviewer);
        using var unit = await host.AccountAsync("district.hospital", KunpengRoles.NominatingUnit, unit: "区医院");
        using var talentOffice = await host.AccountAsync("talent.office", KunpengRoles.TalentOffice);
        var nightSchool = new
        {
            id = "night-school", titleZh = "卫生夜校", textZh = "每月一次卫生夜校。", category = "training", formsZh = new[] { "夜校授课" },
            targets = new[] { new { descriptionZh = "每年不少于十次夜校", minimumPerYear = 10 } },
        };

        // Reading is open, as the plugin's catalogue was; the real health plugin's five defaults.
        var catalogue = await Json(await Send(anonymous, HttpMethod.Get, url));
        Assert.Equal(5, catalogue.GetProperty("measures").GetArrayLength());
        Assert.All(catalogue.GetProperty("measures").EnumerateArray(), m => Assert.Equal("default", m.GetProperty("origin").GetString()));

        // Who may write.
        Assert.Equal(HttpStatusCode.Unauthorized, (await Send(anonymous, HttpMethod.Post, url, nightSchool)).StatusCode);
        await AssertProblem(await Send(education, HttpMethod.Post, url, nightSchool), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Forbidden, (await Send(reviewer, HttpMethod.Post, url, nightSchool)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Send(unit, HttpMethod.Post, $"{url}/skills-contest/retire", null, "\"1\"")).StatusCode);
        await AssertProblem(await Send(education, HttpMethod.Get, $"{url}/skills-contest/history"), HttpStatusCode.Forbidden);

        // Validation names the fields.
        var invalid = await Send(officer, HttpMethod.Post, url, new { titleZh = " ", textZh = "x", targets = new[] { new { descriptionZh = "x", minimumPerYear = 0 } } });
        await AssertProblem(invalid, HttpStatusCode.BadRequest);
        var errors = (await Json(invalid)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("titleZh", out _));
        Assert.True(errors.TryGetProperty("targets[0].minimumPerYear", out _));

        var added = await Send(officer, HttpMethod.Post, url, nightSchool);
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal("\"1\"", added.Headers.ETag?.Tag);
        Assert.Equal("target-1", (await Json(added)).GetProperty("targets")[0].GetProperty("id").GetString());
        await AssertProblem(await Send(talentOffice, HttpMethod.Post, url, nightSchool), HttpStatusCode.Conflict);

        // Preconditions.
        var edit = new { titleZh = "继续教育（区定）", textZh = "每个基地每年组织不少于六次活动。", formsZh = new[] { "典型病例研讨" } };
        await AssertProblem(await Send(officer, HttpMethod.Put, $"{url}/continuing-education", edit), (HttpStatusCode)428);
        await AssertProblem(await Send(officer, HttpMethod.Put, $"{url}/continuing-education", edit, "\"7\""), HttpStatusCode.PreconditionFailed);
        Assert.Equal(HttpStatusCode.OK, (await Send(officer, HttpMethod.Put, $"{url}/continuing-education", edit, "\"1\"")).StatusCode);
        await AssertProblem(await Send(officer, HttpMethod.Delete, $"{url}/further-study", null, "\"1\""), HttpStatusCode.Conflict);

        // Retired entries are left out unless asked for, and stay readable by id with their ETag.
        Assert.Equal(HttpStatusCode.OK, (await Send(talentOffice, HttpMethod.Post, $"{url}/skills-contest/retire", null, "\"1\"")).StatusCode);
        Assert.DoesNotContain("skills-contest", Ids(await Json(await Send(anonymous, HttpMethod.Get, url))));
        var all = await Json(await Send(anonymous, HttpMethod.Get, $"{url}?includeRetired=true"));
        Assert.True(all.GetProperty("includesRetired").GetBoolean());
        Assert.True(Entry(all, "skills-contest").GetProperty("retired").GetBoolean());
        var single = await Send(anonymous, HttpMethod.Get, $"{url}/skills-contest");
        Assert.Equal(("\"2\"", true), (single.Headers.ETag?.Tag, (await Json(single)).GetProperty("retired").GetBoolean()));
        Assert.Equal(
            ["further-study:default:1", "continuing-education:customized:2", "standardized-residency-training:default:1", "degree-education:default:1", "night-school:bureau-added:1"],
            Entries(await Json(await Send(anonymous, HttpMethod.Get, url))));

        // Plans draw on the effective catalogue: the bureau's measure can be planned, the retired one cannot.
        var cycle = SeededCycleRegistrySeeding.SeedDetermined(host.Services.GetRequiredService<RegistryDatabase>(), "health", 2015);
        var plan = await Json(await Send(officer, HttpMethod.Post, $"/api/cycles/{cycle.Id}/plans"));
        var planId = plan.GetProperty("id").GetString();
        Assert.Contains(plan.GetProperty("targets").EnumerateArray(), t => t.GetProperty("measureId").GetString() == "night-school");
        var retiredItem = new { measureId = "skills-contest", title = "技术比武", form = "技术比武", start = "2015-10-01", end = "2015-10-02", budgetCny = 1000 };
        var refused = await Send(officer, HttpMethod.Put, $"/api/plans/{planId}", new { items = new[] { retiredItem } }, "\"1\"");
        await AssertProblem(refused, HttpStatusCode.BadRequest);
        Assert.Contains("retired", (await Json(refused)).GetProperty("errors").GetProperty("items[0].measureId")[0].GetString());
        var item = new { measureId = "night-school", title = "拔尖人才夜校", form = "夜校授课", start = "2015-09-01", end = "2015-12-31", budgetCny = 8000 };
        var updated = await Send(officer, HttpMethod.Put, $"/api/plans/{planId}", new { items = new[] { item } }, "\"1\"");
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("卫生夜校", (await Json(updated)).GetProperty("items")[0].GetProperty("measureTitleZh").GetString());
        Assert.Equal(HttpStatusCode.OK, (await Send(officer, HttpMethod.Post, $"/api/plans/{planId}/submit", null, "\"2\"")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Send(officer, HttpMethod.Post, $"/api/plans/{planId}/file", null, "\"3\"")).StatusCode);

        // Filed: the bureau's measure can no longer be deleted, only retired.
        var inUse = await Send(officer, HttpMethod.Delete, $"{url}/night-school", null, "\"1\"");
        await AssertProblem(inUse, HttpStatusCode.Conflict);
        var problem = await Json(inUse);
        Assert.Equal(("health-2015-r1", "filed"), (problem.GetProperty("plans")[0].GetProperty("id").GetString(), problem.GetProperty("plans")[0].GetProperty("status").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await Send(officer, HttpMethod.Post, $"{url}/night-school/retire", null, "\"1\"")).StatusCode);

        var history = await Json(await Send(officer, HttpMethod.Get, $"{url}/night-school/history"));
        Assert.Equal(["measure.added", "measure.retired"], history.EnumerateArray().Select(h => h.GetProperty("action").GetString()));
        Assert.Equal("health.officer", history[0].GetProperty("actorName").GetString());
    }

    private static IEnumerable<string> Ids(JsonElement catalogue) =>
        catalogue.GetProperty("measures").EnumerateArray().Select(m => m.GetProperty("id").GetString()!);

    private static IReadOnlyList<string> Entries(JsonElement catalogue) => catalogue.GetProperty("measures").EnumerateArray()
        .Select(m => $"{m.GetProperty("id").GetString()}:{m.GetProperty("origin").GetString()}:{m.GetProperty("version").GetInt32()}").ToList();

    private static JsonElement Entry(JsonElement catalogue, string id) =>
        catalogue.GetProperty("measures").EnumerateArray().Single(m => m.GetProperty("id").GetString() == id);

    // Read as a string: ReadAsStreamAsync hands out one cached stream, which the first JSON read disposes.
    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    private static async Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string url, object? body = null, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(ifMatch));
        }

        var response = await client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    private static async Task AssertProblem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)status, (await Json(response)).GetProperty("status").GetInt32());
    }
}
