using System.Net;
using System.Text.Json.Nodes;
using Kunpeng.Host.Security;
using Kunpeng.Workflow.Tests.Infrastructure;
using Xunit;

namespace Kunpeng.Workflow.Tests.Api;

/// <summary>Every step of 1–5 asked for out of order is a 409 problem, and writes nothing.</summary>
public sealed class StepOrderTests : IAsyncLifetime, IDisposable
{
    private readonly WorkflowHost _host = new();
    private HttpClient _admin = null!;
    private HttpClient _bureau = null!;
    private HttpClient _unit = null!;

    public async Task InitializeAsync()
    {
        _admin = await _host.AdminAsync();
        await _admin.PostAsync("/api/programmes/years/2015/open", null, null).OkAsync();
        _bureau = (await _host.AccountAsync(KunpengRoles.BureauOfficer, domainId: "education")).Client;
        _unit = (await _host.AccountAsync(KunpengRoles.NominatingUnit, unit: "第三中学")).Client;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _host.Dispose();

    private async Task<JsonObject> DraftAsync(string cycleId = "education-2015", string tier = "top")
    {
        var person = await _unit.PostAsync("/api/persons",
            new { residentId = ResidentIds.Next(new DateOnly(1978, 2, 3)), name = "钱进", unit = "第三中学", profile = Profiles.EducationTop() }, null).CreatedAsync();
        return await _unit.PostAsync("/api/nominations", new { cycleId, personId = person.Str("id"), tier }, null).CreatedAsync();
    }

    private async Task<JsonObject> CloseAsync(string cycleId = "education-2015")
    {
        var cycle = await _bureau.GetAsync($"/api/cycles/{cycleId}").OkAsync();
        return await _bureau.PostAsync($"/api/cycles/{cycleId}/close-nominations", null, cycle.Version()).OkAsync();
    }

    [Fact]
    public async Task Nothing_is_nominated_or_submitted_after_the_deadline()
    {
        var draft = await DraftAsync();
        _host.Clock.SetUtcNow(DistrictTime.Noon(2015, 10, 1));
        var refused = await _unit.PostAsync($"/api/nominations/{draft.Str("id")}/submit", null, draft.Version()).StatusAsync(HttpStatusCode.Conflict);
        Assert.Contains("deadline", refused.Str("detail"), StringComparison.Ordinal);
        Assert.Equal("draft", (await _unit.GetAsync($"/api/nominations/{draft.Str("id")}").OkAsync()).Str("status"));
        Assert.False((await _unit.GetAsync("/api/cycles/education-2015").OkAsync())["acceptingNominations"]!.GetValue<bool>());
        // Culture's deadline is its own (10-31): still open.
        Assert.True((await _unit.GetAsync("/api/cycles/culture-2015").OkAsync())["acceptingNominations"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Nothing_is_submitted_once_nominations_are_closed_and_they_close_once()
    {
        var draft = await DraftAsync();
        var closed = await CloseAsync();
        Assert.Equal("reviewing", closed.Str("stage"));
        await _unit.PostAsync($"/api/nominations/{draft.Str("id")}/submit", null, draft.Version()).StatusAsync(HttpStatusCode.Conflict);
        await _bureau.PostAsync("/api/cycles/education-2015/close-nominations", null, closed.Version()).StatusAsync(HttpStatusCode.Conflict);
        var person = await _unit.PostAsync("/api/persons", new { residentId = ResidentIds.Next(new DateOnly(1979, 9, 9)), name = "新人", unit = "第三中学" }, null).CreatedAsync();
        await _unit.PostAsync("/api/nominations", new { cycleId = "education-2015", personId = person.Str("id"), tier = "top" }, null).StatusAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_nomination_is_submitted_once_and_a_draft_is_neither_rescreened_nor_assigned_nor_reviewed()
    {
        var draft = await DraftAsync();
        var (_, reviewerId) = await _host.AccountAsync(KunpengRoles.ExpertReviewer);
        await _bureau.PutAsync("/api/cycles/education-2015/panel", new { reviewerIds = new[] { reviewerId } }, null).OkAsync();
        await _bureau.PostAsync($"/api/nominations/{draft.Str("id")}/rescreen", null, draft.Version()).StatusAsync(HttpStatusCode.Conflict);
        await _bureau.PostAsync($"/api/nominations/{draft.Str("id")}/reviewers", new { reviewerIds = new[] { reviewerId } }, draft.Version()).StatusAsync(HttpStatusCode.Conflict);
        var submitted = await _unit.PostAsync($"/api/nominations/{draft.Str("id")}/submit", null, draft.Version()).OkAsync();
        await _unit.PostAsync($"/api/nominations/{draft.Str("id")}/submit", null, submitted.Version()).StatusAsync(HttpStatusCode.Conflict);
        var rescreened = await _bureau.PostAsync($"/api/nominations/{draft.Str("id")}/rescreen", null, submitted.Version()).OkAsync();
        Assert.Equal(2, rescreened["screenings"]!.AsArray().Count);
        Assert.Equal(1, rescreened["screenings"]![0]!["number"]!.GetValue<int>());
    }

    [Fact]
    public async Task No_panel_assignment_without_a_panel_and_no_review_before_nominations_close()
    {
        var draft = await DraftAsync();
        var submitted = await _unit.PostAsync($"/api/nominations/{draft.Str("id")}/submit", null, draft.Version()).OkAsync();
        var (reviewer, reviewerId) = await _host.AccountAsync(KunpengRoles.ExpertReviewer);
        await _bureau.PostAsync($"/api/nominations/{draft.Str("id")}/reviewers", new { reviewerIds = new[] { reviewerId } }, submitted.Version()).StatusAsync(HttpStatusCode.Conflict);
        await _bureau.PutAsync("/api/cycles/education-2015/panel", new { reviewerIds = new[] { reviewerId } }, null).OkAsync();
        var assigned = await _bureau.PostAsync($"/api/nominations/{draft.Str("id")}/reviewers", new { reviewerIds = new[] { reviewerId } }, submitted.Version()).OkAsync();
        var early = await reviewer.PutAsync($"/api/nominations/{draft.Str("id")}/reviews/mine",
            new { judgments = Array.Empty<object>(), documentsAuthentic = true, score = 70, recommendation = "reject" }, null).StatusAsync(HttpStatusCode.Conflict);
        Assert.Contains("not closed", early.Str("detail"), StringComparison.Ordinal);

        // Taking the reviewer off again: If-Match required, and with none left the nomination is back to submitted.
        var reviewerUrl = $"/api/nominations/{draft.Str("id")}/reviewers/{reviewerId}";
        await _bureau.SendAsync(HttpMethod.Delete, reviewerUrl, null, null).StatusAsync(HttpStatusCode.PreconditionRequired);
        await _unit.SendAsync(HttpMethod.Delete, reviewerUrl, null, assigned.Version()).StatusAsync(HttpStatusCode.Forbidden);
        var unassigned = await _bureau.SendAsync(HttpMethod.Delete, reviewerUrl, null, assigned.Version()).OkAsync();
        Assert.Equal(("submitted", 0), (unassigned.Str("status"), unassigned["reviewerIds"]!.AsArray().Count));
        await _bureau.SendAsync(HttpMethod.Delete, reviewerUrl, null, unassigned.Version()).StatusAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task No_determination_before_review_nor_fixing_before_a_proposal_nor_approval_of_what_does_not_await_it()
    {
        await _bureau.PutAsync("/api/cycles/education-2015/determination", new { tiers = Array.Empty<object>() }, null).StatusAsync(HttpStatusCode.Conflict);
        await CloseAsync();
        await _bureau.PutAsync("/api/cycles/education-2015/panel", new { reviewerIds = new[] { "x" } }, null).StatusAsync(HttpStatusCode.BadRequest);
        await _bureau.PostAsync("/api/cycles/education-2015/determination/fix", null, 1).StatusAsync(HttpStatusCode.Conflict);
        var proposed = await _bureau.PutAsync("/api/cycles/education-2015/determination", new { tiers = Array.Empty<object>() }, null).OkAsync();
        await _admin.PostAsync("/api/cycles/education-2015/determination/approve", null, proposed.Version()).StatusAsync(HttpStatusCode.Conflict);
        var fixedList = await _bureau.PostAsync("/api/cycles/education-2015/determination/fix", null, proposed.Version()).OkAsync();
        await _bureau.PostAsync("/api/cycles/education-2015/determination/fix", null, fixedList.Version()).StatusAsync(HttpStatusCode.Conflict);
        await _bureau.PutAsync("/api/cycles/education-2015/determination", new { tiers = Array.Empty<object>() }, fixedList.Version()).StatusAsync(HttpStatusCode.Conflict);
        // Review is over once the list is fixed: the cycle's state (409) comes before the bad reviewer id (400).
        await _bureau.PutAsync("/api/cycles/education-2015/panel", new { reviewerIds = new[] { "x" } }, null).StatusAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_nominee_the_panel_has_not_passed_cannot_be_selected()
    {
        var draft = await DraftAsync();
        await _unit.PostAsync($"/api/nominations/{draft.Str("id")}/submit", null, draft.Version()).OkAsync();
        await CloseAsync();
        var refused = await _bureau.PutAsync("/api/cycles/education-2015/determination",
            new { tiers = new object[] { new { tier = "top", nominationIds = new[] { draft.Str("id") } } } }, null).StatusAsync(HttpStatusCode.Conflict);
        Assert.Contains(draft.Str("id"), refused.Str("detail"), StringComparison.Ordinal);
        await _bureau.GetAsync("/api/cycles/education-2015/determination").StatusAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_culture_self_application_needs_its_documents_before_submission()
    {
        var (applicant, _) = await _host.AccountAsync(KunpengRoles.Applicant);
        var person = await applicant.PostAsync("/api/persons",
            new { residentId = ResidentIds.Next(new DateOnly(1988, 6, 6), male: false), name = "何晓", unit = "个人", profile = new { cultureField = "literature", educationLevel = "bachelor" } }, null).CreatedAsync();
        var draft = await applicant.PostAsync("/api/nominations", new { cycleId = "culture-2015", personId = person.Str("id"), tier = "backbone" }, null).CreatedAsync();
        Assert.Equal("self-application", draft.Str("channel"));
        var missing = await applicant.PostAsync($"/api/nominations/{draft.Str("id")}/submit", null, draft.Version()).StatusAsync(HttpStatusCode.BadRequest);
        Assert.Contains("身份证明", missing["errors"]!["documents"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        var version = draft.Version();
        foreach (var kind in new[] { "id-proof", "diploma", "achievement-proof" })
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/api/nominations/{draft.Str("id")}/documents") { Content = HttpJson.Pdf(kind) };
            request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{version}\""));
            var added = await (await applicant.SendAsync(request)).JsonAsync(HttpStatusCode.Created);
            Assert.Equal(64, added.Str("sha256").Length);
            version++;
        }

        var submitted = await applicant.PostAsync($"/api/nominations/{draft.Str("id")}/submit", null, version).OkAsync();
        Assert.Equal("culture", submitted["screenings"]![0]!["pluginId"]!.GetValue<string>());
        Assert.Equal(3, submitted["documents"]!.AsArray().Count);
        var download = await applicant.GetAsync(submitted["documents"]![0]!["href"]!.GetValue<string>());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("%PDF", await download.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uploads_of_the_wrong_type_or_kind_are_refused_and_store_nothing()
    {
        var draft = await DraftAsync("culture-2015", "backbone");
        var png = new ByteArrayContent("not really a png"u8.ToArray());
        png.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/png");
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/nominations/{draft.Str("id")}/documents")
        {
            Content = new MultipartFormDataContent { { new StringContent("diploma"), "kind" }, { png, "file", "fake.png" } },
        };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{draft.Version()}\""));
        var refused = await (await _unit.SendAsync(request)).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(refused["errors"]!.AsObject().ContainsKey("file"));
        var exe = new HttpRequestMessage(HttpMethod.Post, $"/api/nominations/{draft.Str("id")}/documents") { Content = HttpJson.Pdf("passport") };
        exe.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{draft.Version()}\""));
        var badKind = await (await _unit.SendAsync(exe)).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(badKind["errors"]!.AsObject().ContainsKey("kind"));
        var after = await _unit.GetAsync($"/api/nominations/{draft.Str("id")}").OkAsync();
        Assert.Equal(draft.Version(), after.Version());
        Assert.Empty(after["documents"]!.AsArray());
    }
}
