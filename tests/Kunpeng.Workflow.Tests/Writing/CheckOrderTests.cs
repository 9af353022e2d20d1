using System.Net;
using System.Text.Json.Nodes;
using Kunpeng.Host.Security;
using Kunpeng.Workflow.Tests.Infrastructure;

namespace Kunpeng.Workflow.Tests.Writing;

/// <summary>
/// The write path's fixed order of checks, over HTTP, for every mutating endpoint in the table: each
/// request carries every mistake from its step on, and must be answered with the first one's status
/// (401, then 404, then 403, then 428 / 412, then 409, then 400), writing nothing.
/// </summary>
public sealed class CheckOrderTests(CheckOrderWorld world) : IClassFixture<CheckOrderWorld>
{
    /// <summary>One mutating endpoint, with the callers and inputs that make each mistake.</summary>
    /// <param name="Owner">May do it.</param>
    /// <param name="Onlooker">May know the record exists but not do this (403); null when no role is in that position.</param>
    /// <param name="Stranger">May use the endpoint but not see this record (404); null when every caller who may use it sees it.</param>
    /// <param name="Record">Where the record's current version is read (by the owner).</param>
    /// <param name="BadBody">A body the endpoint refuses (400); null for endpoints without one.</param>
    /// <param name="Last">What the owner gets with a current If-Match and the bad body: 400, or 409 where the record's stage refuses the step first; null when that request would be valid.</param>
    public sealed record Row(
        string Name, HttpMethod Method, Func<CheckOrderWorld, string> Url, Func<CheckOrderWorld, string> Record,
        Func<CheckOrderWorld, HttpClient> Owner, Func<CheckOrderWorld, HttpClient>? Onlooker, Func<CheckOrderWorld, HttpClient>? Stranger,
        Func<CheckOrderWorld, object>? BadBody, HttpStatusCode? Last)
    {
        public override string ToString() => Name;
    }


    public static TheoryData<Row> Rows => new()
    {
        new Row("close nominations", HttpMethod.Post, w => "/api/cycles/education-2015/close-nominations", w => "/api/cycles/education-2015",
            w => w.EducationBureau, w => w.HealthBureau, null, null, HttpStatusCode.Conflict),
        new Row("change the panel", HttpMethod.Put, w => "/api/cycles/education-2015/panel", w => "/api/cycles/education-2015/panel",
            w => w.EducationBureau, w => w.HealthBureau, null, w => new { reviewerIds = new[] { w.ReviewerId, "no-such-reviewer" } }, HttpStatusCode.BadRequest),
        new Row("assign reviewers", HttpMethod.Post, w => $"/api/nominations/{w.Submitted}/reviewers", w => $"/api/nominations/{w.Submitted}",
            w => w.EducationBureau, w => w.Unit, w => w.HealthBureau, _ => new { reviewerIds = Array.Empty<string>() }, HttpStatusCode.BadRequest),
        new Row("take a reviewer off", HttpMethod.Delete, w => $"/api/nominations/{w.Submitted}/reviewers/{w.ReviewerId}", w => $"/api/nominations/{w.Submitted}",
            w => w.EducationBureau, w => w.Unit, w => w.HealthBureau, null, null),
        new Row("submit a draft once nominations are closed", HttpMethod.Post, w => $"/api/nominations/{w.Draft}/submit", w => $"/api/nominations/{w.Draft}",
            w => w.Unit, null, w => w.OtherUnit, null, HttpStatusCode.Conflict),
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Each_mistake_gets_the_status_of_its_place_in_the_order_and_nothing_is_written(Row row)
    {
        var record = await row.Owner(world).GetAsync(row.Record(world)).OkAsync();
        var version = record.Version();
        var audit = await world.AuditCountAsync();
        var missing = row.Url(world).Replace(world.Submitted, "no-such-nomination", StringComparison.Ordinal).Replace(world.Draft, "no-such-draft", StringComparison.Ordinal)
            .Replace("education-2015", "education-1999", StringComparison.Ordinal);

        await Expect(HttpStatusCode.Unauthorized, world.Anonymous, row.Url(world), version + 7);
        await Expect(HttpStatusCode.NotFound, row.Owner(world), missing, null);
        if (row.Stranger is { } stranger)
        {
            await Expect(HttpStatusCode.NotFound, stranger(world), row.Url(world), null);
        }

        if (row.Onlooker is { } onlooker)
        {
            await Expect(HttpStatusCode.Forbidden, onlooker(world), row.Url(world), null);
        }

        await Expect(HttpStatusCode.PreconditionRequired, row.Owner(world), row.Url(world), null);
        await Expect(HttpStatusCode.PreconditionFailed, row.Owner(world), row.Url(world), version + 7);
        if (row.Last is { } last)
        {
            await Expect(last, row.Owner(world), row.Url(world), version);
        }

        Assert.Equal(version, (await row.Owner(world).GetAsync(row.Record(world)).OkAsync()).Version());
        Assert.Equal(audit, await world.AuditCountAsync());

        async Task Expect(HttpStatusCode status, HttpClient caller, string url, int? ifMatch)
        {
            var problem = await caller.SendAsync(row.Method, url, row.BadBody?.Invoke(world), ifMatch).StatusAsync(status);
            if (status != HttpStatusCode.Unauthorized)
            {
                Assert.Equal((int)status, problem["status"]!.GetValue<int>());
            }
        }
    }
}

/// <summary>
/// One registry for the whole table: the year 2015 open, a submitted education nomination with a
/// reviewer assigned, a draft beside it, nominations closed. The table's requests are all refused,
/// so the world stays as it was built.
/// </summary>
public sealed class CheckOrderWorld : IAsyncLifetime, IDisposable
{
    private readonly WorkflowHost _host = new();

    public HttpClient Anonymous { get; private set; } = null!;
    public HttpClient Admin { get; private set; } = null!;
    public HttpClient EducationBureau { get; private set; } = null!;
    public HttpClient HealthBureau { get; private set; } = null!;
    public HttpClient Unit { get; private set; } = null!;
    public HttpClient OtherUnit { get; private set; } = null!;
    public string ReviewerId { get; private set; } = "";
    public string Submitted { get; private set; } = "";
    public string Draft { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Anonymous = _host.Anonymous();
        Admin = await _host.AdminAsync();
        await Admin.PostAsync("/api/programmes/years/2015/open", null, null).OkAsync();
        EducationBureau = (await _host.AccountAsync(KunpengRoles.BureauOfficer, domainId: "education")).Client;
        HealthBureau = (await _host.AccountAsync(KunpengRoles.BureauOfficer, domainId: "health")).Client;
        Unit = (await _host.AccountAsync(KunpengRoles.NominatingUnit, unit: "第三中学")).Client;
        OtherUnit = (await _host.AccountAsync(KunpengRoles.NominatingUnit, unit: "第四中学")).Client;
        (_, ReviewerId) = await _host.AccountAsync(KunpengRoles.ExpertReviewer);

        var submitted = await DraftAsync(new DateOnly(1978, 2, 3));
        Submitted = submitted.Str("id");
        await Unit.PostAsync($"/api/nominations/{Submitted}/submit", null, submitted.Version()).OkAsync();
        Draft = (await DraftAsync(new DateOnly(1979, 3, 4))).Str("id");
        await EducationBureau.PutAsync("/api/cycles/education-2015/panel", new { reviewerIds = new[] { ReviewerId } }, null).OkAsync();
        var nomination = await EducationBureau.GetAsync($"/api/nominations/{Submitted}").OkAsync();
        await EducationBureau.PostAsync($"/api/nominations/{Submitted}/reviewers", new { reviewerIds = new[] { ReviewerId } }, nomination.Version()).OkAsync();
        var cycle = await EducationBureau.GetAsync("/api/cycles/education-2015").OkAsync();
        await EducationBureau.PostAsync("/api/cycles/education-2015/close-nominations", null, cycle.Version()).OkAsync();
    }

    public async Task<int> AuditCountAsync() =>
        (await Admin.GetAsync("/api/audit?pageSize=1").OkAsync())["total"]!.GetValue<int>();

    private async Task<JsonObject> DraftAsync(DateOnly born)
    {
        var person = await Unit.PostAsync("/api/persons",
            new { residentId = ResidentIds.Next(born), name = "钱进", unit = "第三中学", profile = Profiles.EducationTop() }, null).CreatedAsync();
        return await Unit.PostAsync("/api/nominations", new { cycleId = "education-2015", personId = person.Str("id"), tier = "top" }, null).CreatedAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _host.Dispose();
}
