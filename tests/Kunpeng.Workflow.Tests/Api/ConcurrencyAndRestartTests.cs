using System.Net;
using Kunpeng.Host.Security;
using Kunpeng.Workflow.Tests.Infrastructure;
using Xunit;

namespace Kunpeng.Workflow.Tests.Api;

/// <summary>Optimistic concurrency (412 stale, 428 missing), validation naming fields, and a restart losing nothing.</summary>
public sealed class ConcurrencyAndRestartTests : IDisposable
{
    private readonly WorkflowHost _host = new();

    [Fact]
    public async Task Updates_need_the_current_etag()
    {
        var admin = await _host.AdminAsync();
        var person = await admin.PostAsync("/api/persons", new { residentId = ResidentIds.Next(new DateOnly(1981, 1, 1)), name = "甲", unit = "单位" }, null).CreatedAsync();
        var url = $"/api/persons/{person.Str("id")}";
        var read = await admin.GetAsync(url);
        Assert.Equal($"\"{person.Version()}\"", read.Headers.ETag!.Tag);
        var changed = await admin.PutAsync(url, new { name = "乙" }, person.Version()).OkAsync();
        var stale = await admin.PutAsync(url, new { name = "丙" }, person.Version()).StatusAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal(changed.Version(), stale["currentVersion"]!.GetValue<int>());
        await admin.PutAsync(url, new { name = "丙" }, null).StatusAsync(HttpStatusCode.PreconditionRequired);
        Assert.Equal("乙", (await admin.GetAsync(url).OkAsync()).Str("name"));

        await admin.PostAsync("/api/programmes/years/2015/open", null, null).OkAsync();
        var cycle = await admin.GetAsync("/api/cycles/health-2015").OkAsync();
        await admin.PostAsync("/api/cycles/health-2015/close-nominations", null, cycle.Version() + 1).StatusAsync(HttpStatusCode.PreconditionFailed);
        await admin.PostAsync("/api/cycles/health-2015/close-nominations", null, null).StatusAsync((HttpStatusCode)428);
        var tolerance = await admin.GetAsync("/api/settings/quota-tolerance").OkAsync();
        await admin.PutAsync("/api/settings/quota-tolerance", new { percent = 30 }, tolerance.Version()).OkAsync();
        await admin.PutAsync("/api/settings/quota-tolerance", new { percent = 40 }, tolerance.Version()).StatusAsync(HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task Bad_input_names_the_field_and_writes_nothing()
    {
        var admin = await _host.AdminAsync();
        var bad = await admin.PostAsync("/api/persons", new { residentId = "120222197501011234", name = "", unit = "x" }, null).StatusAsync(HttpStatusCode.BadRequest);
        Assert.True(bad["errors"]!.AsObject().ContainsKey("residentId"));
        Assert.True(bad["errors"]!.AsObject().ContainsKey("name"));
        var id = ResidentIds.Next(new DateOnly(1970, 1, 1));
        var first = await admin.PostAsync("/api/persons", new { residentId = id, name = "甲", unit = "单位" }, null).CreatedAsync();
        var duplicate = await admin.PostAsync("/api/persons", new { residentId = id, name = "甲二", unit = "单位" }, null).StatusAsync(HttpStatusCode.Conflict);
        Assert.Equal(first.Str("id"), duplicate.Str("existingPersonId"));
        Assert.Equal(1, (await admin.GetAsync("/api/persons").OkAsync())["total"]!.GetValue<int>());
        var badCycle = await admin.PostAsync("/api/cycles", new { domainId = "education", year = 2030 }, null).StatusAsync(HttpStatusCode.BadRequest);
        Assert.True(badCycle["errors"]!.AsObject().ContainsKey("year"));
        var wrongType = await admin.PostAsync("/api/persons", new { residentId = 120222, name = "甲", unit = "单位" }, null).StatusAsync(HttpStatusCode.BadRequest);
        Assert.True(wrongType["errors"]!.AsObject().ContainsKey("residentId"));
        var wrongJudgment = await admin.PostAsync("/api/cycles", new { domainId = "education", year = "二〇一六" }, null).StatusAsync(HttpStatusCode.BadRequest);
        Assert.True(wrongJudgment["errors"]!.AsObject().ContainsKey("year"));
        var badPage = await admin.GetAsync("/api/nominations?pageSize=500").StatusAsync(HttpStatusCode.BadRequest);
        Assert.True(badPage["errors"]!.AsObject().ContainsKey("pageSize"));
    }

    [Fact]
    public async Task A_restart_loses_nothing()
    {
        var admin = await _host.AdminAsync();
        await admin.PostAsync("/api/programmes", new { nameZh = "本土人才培养“鲲鹏工程”（2018—2020年）", startYear = 2018, endYear = 2020 }, null).CreatedAsync();
        await admin.PostAsync("/api/programmes/years/2015/open", null, null).OkAsync();
        var (unit, _) = await _host.AccountAsync(KunpengRoles.NominatingUnit, unit: "第五中学");
        var person = await unit.PostAsync("/api/persons", new { residentId = ResidentIds.Next(new DateOnly(1977, 7, 7)), name = "孙", unit = "第五中学", profile = Profiles.EducationTop() }, null).CreatedAsync();
        var draft = await unit.PostAsync("/api/nominations", new { cycleId = "education-2015", personId = person.Str("id"), tier = "top" }, null).CreatedAsync();
        var submitted = await unit.PostAsync($"/api/nominations/{draft.Str("id")}/submit", null, draft.Version()).OkAsync();
        var auditBefore = (await admin.GetAsync("/api/audit").OkAsync())["total"]!.GetValue<int>();

        _host.Restart();

        admin = await _host.AdminAsync();
        var programmes = await admin.GetAsync("/api/programmes").OkAsync();
        Assert.Equal(2, programmes["items"]!.AsArray().Count);
        Assert.Equal(10, (await admin.GetAsync("/api/cycles?year=2015").OkAsync())["total"]!.GetValue<int>());
        var reread = await admin.GetAsync($"/api/nominations/{draft.Str("id")}").OkAsync();
        Assert.Equal(submitted.Version(), reread.Version());
        Assert.Equal("submitted", reread.Str("status"));
        Assert.Equal(submitted["screenings"]!.ToJsonString(), reread["screenings"]!.ToJsonString());
        // Every entry is still there; the admin's login after the restart is in the trail too (logins are audited).
        Assert.Equal(auditBefore + 1, (await admin.GetAsync("/api/audit").OkAsync())["total"]!.GetValue<int>());
        // The account made before the restart still logs in.
        Assert.Single((await admin.GetAsync("/api/accounts?role=nominating-unit").OkAsync())["items"]!.AsArray());
    }

    public void Dispose() => _host.Dispose();
}
