using Xunit;
using System.Net;
using System.Text.Json.Nodes;
using Kunpeng.Host.Security;
using Kunpeng.Workflow.Tests.Infrastructure;

namespace Kunpeng.Workflow.Tests.Api;

/// <summary>
/// One whole education cycle through the API with the real plugin: open the year, enter persons,
/// nominate, submit (screened), close, form the panel, assign, review (with a conflict and an
/// exception), determine against the quota, plan (drafted, approved by the Education Bureau, filed),
/// record activities, summarize, accept and pay; the ledger, the audit trail and the person's
/// history show it.
/// </summary>
public sealed class EducationCycleEndToEndTests : IDisposable
{
    private readonly WorkflowHost _host = new();

    [Fact]
    public async Task A_whole_education_cycle_from_nomination_to_payment()
    {
        var admin = await _host.AdminAsync();

        // 1. Programme and cycles: the seeded programme, one cycle per active domain for 2015.
        var programmes = await admin.GetAsync("/api/programmes").OkAsync();
        Assert.Contains(programmes["items"]!.AsArray(), p => p!["id"]!.GetValue<string>() == "kunpeng-2015");
        var opened = await admin.PostAsync("/api/programmes/years/2015/open", null, null).OkAsync();
        var cycles = opened["items"]!.AsArray();
        Assert.Equal(10, cycles.Count);
        Assert.Equal("2015-10-31", cycles.Single(c => c!["domainId"]!.GetValue<string>() == "culture")!["nominationDeadline"]!.GetValue<string>());
        var education = cycles.Single(c => c!["domainId"]!.GetValue<string>() == "education")!.AsObject();
        Assert.Equal("2015-09-30", education.Str("nominationDeadline"));
        Assert.Equal("2015-09-30", education.Str("referenceDate"));

        var (bureau, _) = await _host.AccountAsync(KunpengRoles.BureauOfficer, domainId: "education");
        var (approver, _) = await _host.AccountAsync(KunpengRoles.BureauOfficer, domainId: "education");
        var (unit, _) = await _host.AccountAsync(KunpengRoles.NominatingUnit, unit: "武清区杨村第一中学");
        var reviewers = new List<(HttpClient Client, string Id)>();
        for (var i = 0; i < 3; i++)
        {
            reviewers.Add(await _host.AccountAsync(KunpengRoles.ExpertReviewer));
        }

        // 2. Talent database.
        var top = await CreatePersonAsync(unit, "李明", new DateOnly(1975, 3, 8), Profiles.EducationTop());
        var older = await CreatePersonAsync(unit, "王芳", new DateOnly(1968, 5, 1), Profiles.EducationBackbone());
        var junior = await CreatePersonAsync(unit, "赵强", new DateOnly(1990, 1, 1), Profiles.EducationBackbone(teachingYears: 2));

        // 3. Nominations, submitted and screened by the education plugin.
        var topN = await NominateAndSubmitAsync(unit, top, "top", "pending-review");
        var olderN = await NominateAndSubmitAsync(unit, older, "backbone", "needs-exception");
        var juniorN = await NominateAndSubmitAsync(unit, junior, "backbone", "ineligible");
        var screening = topN["screenings"]![0]!;
        Assert.Equal("education", screening["pluginId"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(screening["pluginVersion"]!.GetValue<string>()));

        // 4. Expert review: the panel, assignments; no review before nominations close.
        var panel = await bureau.PutAsync("/api/cycles/education-2015/panel", new { reviewerIds = reviewers.Select(r => r.Id).ToArray() }, null).OkAsync();
        Assert.Equal(3, panel["reviewerIds"]!.AsArray().Count);
        topN = await AssignAsync(bureau, topN, reviewers[0].Id, reviewers[1].Id, reviewers[2].Id);
        olderN = await AssignAsync(bureau, olderN, reviewers[0].Id, reviewers[1].Id);
        juniorN = await AssignAsync(bureau, juniorN, reviewers[2].Id);
        var qualitative = Qualitative(topN);
        Assert.Equal(2, qualitative.Count);
        await reviewers[1].Client.PutAsync($"/api/nominations/{topN.Str("id")}/reviews/mine", Admit(qualitative), null).StatusAsync(HttpStatusCode.Conflict);

        var cycle = await bureau.GetAsync("/api/cycles/education-2015").OkAsync();
        await bureau.PostAsync("/api/cycles/education-2015/close-nominations", null, cycle.Version()).OkAsync();

        // A conflict of interest takes the reviewer out; two admit.
        var conflict = await reviewers[0].Client.PostAsync($"/api/nominations/{topN.Str("id")}/reviews/conflict", new { note = "李明是本人配偶" }, null).OkAsync();
        // The declaration is the reviewer's review record: changing it needs its ETag (428), and with it the conflict refuses a review (409).
        await reviewers[0].Client.PutAsync($"/api/nominations/{topN.Str("id")}/reviews/mine", Admit(qualitative), null).StatusAsync(HttpStatusCode.PreconditionRequired);
        await reviewers[0].Client.PutAsync($"/api/nominations/{topN.Str("id")}/reviews/mine", Admit(qualitative), conflict.Version()).StatusAsync(HttpStatusCode.Conflict);
        await reviewers[1].Client.PutAsync($"/api/nominations/{topN.Str("id")}/reviews/mine", Admit(qualitative, score: 88), null).OkAsync();
        await reviewers[2].Client.PutAsync($"/api/nominations/{topN.Str("id")}/reviews/mine", Admit(qualitative, score: 92), null).OkAsync();
        topN = await bureau.GetAsync($"/api/nominations/{topN.Str("id")}").OkAsync();
        Assert.Equal("panel-passed", topN.Str("status"));
        Assert.Equal(90.0, topN["panel"]!["averageScore"]!.GetValue<double>());

        // The general (一般) age condition is not met: admitting needs a written justification.
        var refused = await reviewers[0].Client.PutAsync($"/api/nominations/{olderN.Str("id")}/reviews/mine", Admit([]), null).StatusAsync(HttpStatusCode.BadRequest);
        Assert.True(refused["errors"]!.AsObject().ContainsKey("exceptions"));
        var ageCondition = olderN["screenings"]![0]!["notMet"]![0]!.GetValue<string>();
        foreach (var reviewer in reviewers.Take(2))
        {
            await reviewer.Client.PutAsync($"/api/nominations/{olderN.Str("id")}/reviews/mine",
                Admit([], exceptions: [new { conditionId = ageCondition, justification = "教学业绩突出，年龄略超，破格推荐。" }]), null).OkAsync();
        }

        await reviewers[2].Client.PutAsync($"/api/nominations/{juniorN.Str("id")}/reviews/mine", Admit(Qualitative(juniorN)), null).OkAsync();

        // 5. Determination: an ineligible nominee is refused by name; the rest is fixed within tolerance.
        var notSelectable = await bureau.PutAsync("/api/cycles/education-2015/determination", new
        {
            tiers = new object[] { new { tier = "top", nominationIds = new[] { topN.Str("id") } }, new { tier = "backbone", nominationIds = new[] { olderN.Str("id"), juniorN.Str("id") } } },
        }, null).StatusAsync(HttpStatusCode.Conflict);
        Assert.Contains("赵强", notSelectable.Str("detail"), StringComparison.Ordinal);

        var proposed = await bureau.PutAsync("/api/cycles/education-2015/determination", new
        {
            tiers = new object[] { new { tier = "top", nominationIds = new[] { topN.Str("id") } }, new { tier = "backbone", nominationIds = new[] { olderN.Str("id") } } },
        }, null).OkAsync();
        var topFill = proposed["tiers"]!.AsArray().Single(t => t!["tier"]!.GetValue<string>() == "top")!;
        Assert.Equal(5, topFill["quota"]!.GetValue<int>());
        Assert.Equal(1, topFill["selected"]!.GetValue<int>());
        var fixedList = await bureau.PostAsync("/api/cycles/education-2015/determination/fix", null, proposed.Version()).OkAsync();
        Assert.Equal("fixed", fixedList.Str("status"));

        Assert.Equal("determined", (await bureau.GetAsync("/api/cycles/education-2015").OkAsync()).Str("stage"));
        Assert.Equal("selected", (await bureau.GetAsync($"/api/nominations/{topN.Str("id")}").OkAsync()).Str("status"));
        Assert.Equal("selected", (await bureau.GetAsync($"/api/nominations/{olderN.Str("id")}").OkAsync()).Str("status"));
        Assert.Equal("not-selected", (await bureau.GetAsync($"/api/nominations/{juniorN.Str("id")}").OkAsync()).Str("status"));

        // 6. Annual plan: drafted for the Teachers' School, approved by the Education Bureau, filed; then frozen.
        var plan = await bureau.PostAsync("/api/cycles/education-2015/plans", null, null).CreatedAsync();
        Assert.Equal(2, plan["traineeCount"]!.GetValue<int>());
        Assert.Equal("区教师进修学校", plan.Str("draftingBodyZh"));
        Assert.Equal("区教育局", plan.Str("approvingBodyZh"));
        var item = new { measureId = "advanced-study", title = "骨干教师集中研修", form = "集中面授", start = "2015-11-01", end = "2015-12-20", budgetCny = 30000 };
        plan = await bureau.PutAsync($"/api/plans/{plan.Str("id")}", new { items = new[] { item } }, plan.Version()).OkAsync();
        plan = await bureau.PostAsync($"/api/plans/{plan.Str("id")}/submit", null, plan.Version()).OkAsync();
        await bureau.PostAsync($"/api/plans/{plan.Str("id")}/file", null, plan.Version()).StatusAsync(HttpStatusCode.Conflict);
        plan = await approver.PostAsync($"/api/plans/{plan.Str("id")}/approve", null, plan.Version()).OkAsync();
        plan = await bureau.PostAsync($"/api/plans/{plan.Str("id")}/file", null, plan.Version()).OkAsync();
        Assert.Equal("filed", plan.Str("status"));
        await bureau.PutAsync($"/api/plans/{plan.Str("id")}", new { items = new[] { item } }, plan.Version()).StatusAsync(HttpStatusCode.Conflict);
        Assert.Equal("implementing", (await bureau.GetAsync("/api/cycles/education-2015").OkAsync()).Str("stage"));

        // 7. Implementation: an activity with the trainees, the year-end summary.
        var activity = await bureau.PostAsync("/api/cycles/education-2015/activities", new
        {
            date = "2015-11-20", measureId = "advanced-study", title = "骨干教师集中研修（一）", form = "集中面授",
            place = "区教师进修学校", participantNominationIds = new[] { topN.Str("id"), olderN.Str("id") },
        }, null).CreatedAsync();
        await admin.PostAsync("/api/cycles/education-2015/grants/release", new { }, null).StatusAsync(HttpStatusCode.Conflict);
        var summary = await bureau.PostAsync("/api/cycles/education-2015/summary",
            new { text = "2015年度教育领域鲲鹏工程实施总结", activityIds = new[] { activity.Str("id") } }, null).OkAsync();
        Assert.Equal("summarized", (await bureau.GetAsync("/api/cycles/education-2015").OkAsync()).Str("stage"));

        // 8. Acceptance (Talent Office only) and the grants: 10,000 for the top talent, 5,000 for the backbone.
        await bureau.PostAsync("/api/cycles/education-2015/summary/accept", null, summary.Version()).StatusAsync(HttpStatusCode.Forbidden);
        await admin.PostAsync("/api/cycles/education-2015/summary/accept", null, summary.Version()).OkAsync();
        await admin.PostAsync("/api/cycles/education-2015/grants/release", new { }, null).CreatedAsync();
        await admin.PostAsync("/api/cycles/education-2015/grants/release", new { }, null).StatusAsync(HttpStatusCode.Conflict);
        var ledger = await admin.GetAsync("/api/grants?cycleId=education-2015").OkAsync();
        var grants = ledger["items"]!.AsArray().Select(g => (Person: g!["personName"]!.GetValue<string>(), Amount: g["amount"]!.GetValue<decimal>())).OrderBy(g => g.Amount).ToList();
        Assert.Equal([("王芳", 5_000m), ("李明", 10_000m)], grants);
        var totals = await admin.GetAsync("/api/grants/totals?year=2015&domainId=education").OkAsync();
        Assert.Equal(15_000m, totals["amount"]!.GetValue<decimal>());
        Assert.Equal("closed", (await bureau.GetAsync("/api/cycles/education-2015").OkAsync()).Str("stage"));

        // The audit trail and the history show it.
        var planAudit = await admin.GetAsync($"/api/audit?entityId={plan.Str("id")}&pageSize=200").OkAsync();
        Assert.Contains(planAudit["items"]!.AsArray(), a => a!["action"]!.GetValue<string>().Contains("filed", StringComparison.Ordinal));
        var audit = await admin.GetAsync($"/api/audit?entityId={topN.Str("id")}&pageSize=200").OkAsync();
        var actions = audit["items"]!.AsArray().Select(a => a!["action"]!.GetValue<string>()).ToList();
        Assert.Contains("nomination.created", actions);
        Assert.Contains("nomination.submitted", actions);
        Assert.Contains("nomination.panel-result", actions);
        Assert.Contains("nomination.selected", actions);
        Assert.All(audit["items"]!.AsArray(), a => Assert.False(string.IsNullOrEmpty(a!["role"]!.GetValue<string>())));
        var history = await admin.GetAsync($"/api/persons/{top}/history").OkAsync();
        var events = history["entries"]!.AsArray().Select(e => e!["event"]!.GetValue<string>()).ToList();
        Assert.Equal(["nominated", "selected", "granted"], events);
        Assert.Equal(10_000m, history["entries"]!.AsArray().Single(e => e!["event"]!.GetValue<string>() == "granted")!["amount"]!.GetValue<decimal>());
    }

    private static object Admit(IReadOnlyList<string> qualitative, int score = 80, object[]? exceptions = null) => new
    {
        judgments = qualitative.Select(id => new { conditionId = id, met = true, note = "符合" }).ToArray(),
        documentsAuthentic = true,
        score,
        recommendation = "admit",
        exceptions = exceptions ?? [],
    };

    private static List<string> Qualitative(JsonObject nomination) =>
        nomination["screenings"]!.AsArray()[^1]!["conditions"]!.AsArray()
            .Where(c => c!["kind"]!.GetValue<string>() == "qualitative")
            .Select(c => c!["id"]!.GetValue<string>()).ToList();

    private static async Task<string> CreatePersonAsync(HttpClient client, string name, DateOnly birth, object profile)
    {
        var person = await client.PostAsync("/api/persons", new { residentId = ResidentIds.Next(birth), name, unit = "武清区杨村第一中学", profile }, null).CreatedAsync();
        return person.Str("id");
    }

    private static async Task<JsonObject> NominateAndSubmitAsync(HttpClient client, string personId, string tier, string verdict)
    {
        var draft = await client.PostAsync("/api/nominations", new { cycleId = "education-2015", personId, tier }, null).CreatedAsync();
        var submitted = await client.PostAsync($"/api/nominations/{draft.Str("id")}/submit", null, draft.Version()).OkAsync();
        Assert.Equal("submitted", submitted.Str("status"));
        Assert.Equal(verdict, submitted.Str("latestVerdict"));
        return submitted;
    }

    private static async Task<JsonObject> AssignAsync(HttpClient bureau, JsonObject nomination, params string[] reviewerIds) =>
        await bureau.PostAsync($"/api/nominations/{nomination.Str("id")}/reviewers", new { reviewerIds }, nomination.Version()).OkAsync();

    public void Dispose() => _host.Dispose();
}
