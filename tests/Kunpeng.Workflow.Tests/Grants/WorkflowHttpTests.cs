using Kunpeng.Host.Workflow;
using Kunpeng.Host.Workflow.Audit;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Kunpeng.Host.Registry;
using Kunpeng.Host.Security;
using Kunpeng.Workflow.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kunpeng.Workflow.Tests.Grants;

/// <summary>From plan to ledger over HTTP against the real host, from a seeded determined cycle to the ledger.</summary>
public sealed class WorkflowHttpTests : IDisposable
{
    private readonly WorkflowHost _host = new();

    public void Dispose() => _host.Dispose();

    private SeededCycle Seed()
    {
        var registry = _host.Services.GetRequiredService<RegistryDatabase>();
        // Reuse the fixture's seeding on the host's own registry.
        return SeededCycleRegistrySeeding.SeedDetermined(registry, "health", 2015);
    }

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

    [Fact]
    public async Task A_determined_cycle_walks_to_the_ledger_and_each_refusal_is_a_problem()
    {
        using var admin = await _host.AdminAsync();
        using var health = (await _host.AccountAsync(KunpengRoles.BureauOfficer, domainId: "health", userName: "health.officer")).Client;
        using var education = (await _host.AccountAsync(KunpengRoles.BureauOfficer, domainId: "education", userName: "education.officer")).Client;
        using var reviewer = (await _host.AccountAsync(KunpengRoles.ExpertReviewer, userName: "expert.sun")).Client;
        using var unit = (await _host.AccountAsync(KunpengRoles.NominatingUnit, unit: "区医院", userName: "district.hospital")).Client;
        var cycle = Seed();
        var item = new { measureId = "continuing-education", title = "典型病例研讨", form = "典型病例研讨", start = "2015-03-01", end = "2015-12-01", budgetCny = 20000 };

        // Outside their scope: another domain's officer (service, 403 problem), reviewer and unit (policy, 403).
        await AssertProblem(await Send(education, HttpMethod.Post, $"/api/cycles/{cycle.Id}/plans"), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Forbidden, (await Send(reviewer, HttpMethod.Get, "/api/plans")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Send(unit, HttpMethod.Post, $"/api/cycles/{cycle.Id}/plans")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Send(unit, HttpMethod.Get, "/api/grants")).StatusCode);

        // Step 6: plan.
        var created = await Send(health, HttpMethod.Post, $"/api/cycles/{cycle.Id}/plans");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("\"1\"", created.Headers.ETag?.Tag);
        var planId = (await Json(created)).GetProperty("id").GetString();
        Assert.Equal(5, (await Json(created)).GetProperty("traineeCount").GetInt32());
        await AssertProblem(await Send(health, HttpMethod.Put, $"/api/plans/{planId}", new { items = new[] { item } }), (HttpStatusCode)428);
        var invalid = await Send(health, HttpMethod.Put, $"/api/plans/{planId}", new { items = new[] { item with { measureId = "nope" } } }, "\"1\"");
        await AssertProblem(invalid, HttpStatusCode.BadRequest);
        Assert.True((await Json(invalid)).GetProperty("errors").TryGetProperty("items[0].measureId", out _));
        var updated = await Send(health, HttpMethod.Put, $"/api/plans/{planId}", new { items = new[] { item } }, "\"1\"");
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        await AssertProblem(await Send(health, HttpMethod.Put, $"/api/plans/{planId}", new { items = new[] { item } }, "\"1\""), HttpStatusCode.PreconditionFailed);
        Assert.Equal(HttpStatusCode.OK, (await Send(health, HttpMethod.Post, $"/api/plans/{planId}/submit", ifMatch: "\"2\"")).StatusCode);
        var filed = await Send(health, HttpMethod.Post, $"/api/plans/{planId}/file", ifMatch: "\"3\"");
        Assert.Equal(HttpStatusCode.OK, filed.StatusCode);
        Assert.Equal("filed", (await Json(filed)).GetProperty("status").GetString());
        await AssertProblem(await Send(health, HttpMethod.Put, $"/api/plans/{planId}", new { items = new[] { item } }, "\"4\""), HttpStatusCode.Conflict);

        // Step 7: an activity, the targets, the summary.
        var activity = await Send(health, HttpMethod.Post, $"/api/cycles/{cycle.Id}/activities", new
        {
            date = "2015-05-10", measureId = "continuing-education", title = "典型病例研讨（一）", form = "典型病例研讨", scope = "区医院",
            place = "区医院会议室", participantNominationIds = new[] { cycle.Top[0] }, otherParticipants = 30,
        });
        Assert.Equal(HttpStatusCode.Created, activity.StatusCode);
        var activityId = (await Json(activity)).GetProperty("id").GetString();
        var targets = await Json(await Send(health, HttpMethod.Get, $"/api/cycles/{cycle.Id}/targets"));
        Assert.Equal(1, targets.EnumerateArray().Single(t => t.GetProperty("scope").GetString() == "区医院").GetProperty("activities").GetInt32());
        await AssertProblem(await Send(admin, HttpMethod.Post, $"/api/cycles/{cycle.Id}/summary/accept", ifMatch: "\"1\""), HttpStatusCode.Conflict);
        var summary = await Send(health, HttpMethod.Post, $"/api/cycles/{cycle.Id}/summary", new { text = "2015年度总结", activityIds = new[] { activityId } });
        Assert.Equal(HttpStatusCode.OK, summary.StatusCode);

        // Step 8: acceptance and grants, Talent Office only.
        Assert.Equal(HttpStatusCode.Forbidden, (await Send(health, HttpMethod.Post, $"/api/cycles/{cycle.Id}/summary/accept", ifMatch: "\"1\"")).StatusCode);
        await AssertProblem(await Send(admin, HttpMethod.Post, $"/api/cycles/{cycle.Id}/grants/release", new { }), HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.OK, (await Send(admin, HttpMethod.Post, $"/api/cycles/{cycle.Id}/summary/accept", ifMatch: "\"1\"")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Send(health, HttpMethod.Post, $"/api/cycles/{cycle.Id}/grants/release", new { })).StatusCode);
        var noReason = await Send(admin, HttpMethod.Post, $"/api/cycles/{cycle.Id}/grants/release",
            new { adjustments = new[] { new { nominationId = cycle.Top[1], status = "withheld" } } });
        await AssertProblem(noReason, HttpStatusCode.BadRequest);
        Assert.True((await Json(noReason)).GetProperty("errors").TryGetProperty("adjustments[0].reason", out _));
        var released = await Send(admin, HttpMethod.Post, $"/api/cycles/{cycle.Id}/grants/release",
            new { adjustments = new[] { new { nominationId = cycle.Top[1], status = "withheld", reason = "年度考核不合格" } } });
        Assert.Equal(HttpStatusCode.Created, released.StatusCode);
        await AssertProblem(await Send(admin, HttpMethod.Post, $"/api/cycles/{cycle.Id}/grants/release", new { }), HttpStatusCode.Conflict);

        var ledger = await Json(await Send(health, HttpMethod.Get, $"/api/grants?cycleId={cycle.Id}&pageSize=10"));
        Assert.Equal(5, ledger.GetProperty("total").GetInt32());
        var totals = await Json(await Send(health, HttpMethod.Get, "/api/grants/totals?year=2015"));
        Assert.Equal(25_000m, totals.GetProperty("amount").GetDecimal());
        await AssertProblem(await Send(education, HttpMethod.Get, "/api/grants?domainId=health"), HttpStatusCode.Forbidden);
        Assert.Equal(0, (await Json(await Send(education, HttpMethod.Get, "/api/grants"))).GetProperty("total").GetInt32());

        // Dashboard: the officer's own domain only.
        var dashboard = await Json(await Send(health, HttpMethod.Get, "/api/dashboard/2015"));
        var domain = Assert.Single(dashboard.GetProperty("domains").EnumerateArray());
        Assert.Equal("closed", domain.GetProperty("stage").GetString());
        Assert.Equal(25_000m, domain.GetProperty("grantAmount").GetDecimal());
        await AssertProblem(await Send(education, HttpMethod.Get, "/api/dashboard/2015/health"), HttpStatusCode.Forbidden);

        // The audit trail has it all, with the roles.
        var audit = _host.Services.GetRequiredService<RegistryDatabase>().Database.GetCollection<AuditEntry>(AuditEntry.Set.Name)
            .Find(a => a.DomainId == "health").Select(a => (a.Action, a.Role)).ToList();
        Assert.Contains(("plan.filed", KunpengRoles.BureauOfficer), audit);
        Assert.Contains(("cycle.accepted", KunpengRoles.TalentOffice), audit);
        Assert.Contains(("grant.withheld", KunpengRoles.TalentOffice), audit);
        Assert.Contains(("cycle.closed", KunpengRoles.TalentOffice), audit);
    }

    [Fact]
    public async Task Task_table_and_engagement_over_http()
    {
        using var health = (await _host.AccountAsync(KunpengRoles.BureauOfficer, domainId: "health", userName: "health.officer")).Client;
        var cycle = Seed();

        var task = await Send(health, HttpMethod.Post, $"/api/cycles/{cycle.Id}/tasks",
            new { task = "制定年度计划", duty = "科教科", target = "3月底前备案", deadline = "2015-03-31", responsibleLeader = "张副局长" });
        Assert.Equal(HttpStatusCode.Created, task.StatusCode);
        var overdue = await Json(await Send(health, HttpMethod.Get, "/api/tasks/overdue"));
        Assert.Equal(1, overdue.GetProperty("total").GetInt32());
        var bad = await Send(health, HttpMethod.Get, "/api/tasks?status=finished");
        await AssertProblem(bad, HttpStatusCode.BadRequest);
        Assert.True((await Json(bad)).GetProperty("errors").TryGetProperty("status", out _));

        var visit = await Send(health, HttpMethod.Post, $"/api/cycles/{cycle.Id}/engagements",
            new { kind = "visit", date = "2015-09-01", title = "走访慰问", participantNominationIds = new[] { cycle.Backbone[0] } });
        await AssertProblem(visit, HttpStatusCode.BadRequest);
        visit = await Send(health, HttpMethod.Post, $"/api/cycles/{cycle.Id}/engagements",
            new { kind = "visit", date = "2015-09-01", title = "走访慰问", participantNominationIds = new[] { cycle.Top[0] } });
        Assert.Equal(HttpStatusCode.Created, visit.StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_lists_the_endpoints_with_their_problem_responses()
    {
        using var client = _host.Anonymous();
        var document = await Json(await client.GetAsync("/swagger/v1/swagger.json"));
        var paths = document.GetProperty("paths");

        foreach (var path in new[]
        {
            "/api/cycles/{cycleId}/plans", "/api/plans/{planId}/file", "/api/cycles/{cycleId}/activities", "/api/cycles/{cycleId}/summary/accept",
            "/api/cycles/{cycleId}/grants/release", "/api/grants/totals", "/api/tasks/overdue", "/api/cycles/{cycleId}/engagements", "/api/dashboard/{year}",
        })
        {
            Assert.True(paths.TryGetProperty(path, out _), path);
        }

        var release = paths.GetProperty("/api/cycles/{cycleId}/grants/release").GetProperty("post");
        Assert.True(release.GetProperty("responses").GetProperty("409").GetProperty("content").TryGetProperty("application/problem+json", out _));
        Assert.Contains("Talent Office", release.GetProperty("summary").GetString());
    }
}
