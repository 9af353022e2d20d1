using System.Net;
using System.Text.Json.Nodes;
using Kunpeng.Host.Security;
using Kunpeng.Workflow.Tests.Infrastructure;
using Xunit;

namespace Kunpeng.Workflow.Tests.Api;

/// <summary>
/// One education nomination by unit A, submitted and assigned to reviewer 1, and everyone else
/// trying to reach it. The rule: personal data (persons, nominations, reviews) outside one's scope
/// is 404, its existence not leaked; an action on something one may see but not change is 403; a
/// role an endpoint does not serve at all is 403 from the policy.
/// </summary>
public sealed class RoleScopeTests(RoleScopeTests.World world) : IClassFixture<RoleScopeTests.World>
{
    public sealed class World : IAsyncLifetime
    {
        public WorkflowHost Host { get; } = new();
        public HttpClient Admin { get; private set; } = null!;
        public HttpClient EducationBureau { get; private set; } = null!;
        public HttpClient CultureBureau { get; private set; } = null!;
        public HttpClient UnitA { get; private set; } = null!;
        public HttpClient UnitB { get; private set; } = null!;
        public HttpClient Reviewer1 { get; private set; } = null!;
        public HttpClient Reviewer2 { get; private set; } = null!;
        public HttpClient Applicant { get; private set; } = null!;
        public string PersonId { get; private set; } = "";
        public string ResidentId { get; private set; } = "";
        public string NominationId { get; private set; } = "";

        public async Task InitializeAsync()
        {
            Admin = await Host.AdminAsync();
            await Admin.PostAsync("/api/programmes/years/2015/open", null, null).OkAsync();
            EducationBureau = (await Host.AccountAsync(KunpengRoles.BureauOfficer, domainId: "education")).Client;
            CultureBureau = (await Host.AccountAsync(KunpengRoles.BureauOfficer, domainId: "culture")).Client;
            UnitA = (await Host.AccountAsync(KunpengRoles.NominatingUnit, unit: "第一中学")).Client;
            UnitB = (await Host.AccountAsync(KunpengRoles.NominatingUnit, unit: "第二中学")).Client;
            string reviewer1Id;
            (Reviewer1, reviewer1Id) = await Host.AccountAsync(KunpengRoles.ExpertReviewer);
            string reviewer2Id;
            (Reviewer2, reviewer2Id) = await Host.AccountAsync(KunpengRoles.ExpertReviewer);
            Applicant = (await Host.AccountAsync(KunpengRoles.Applicant)).Client;

            ResidentId = ResidentIds.Next(new DateOnly(1976, 4, 2));
            PersonId = (await UnitA.PostAsync("/api/persons", new { residentId = ResidentId, name = "孙丽", unit = "第一中学", profile = Profiles.EducationTop() }, null).CreatedAsync()).Str("id");
            var draft = await UnitA.PostAsync("/api/nominations", new { cycleId = "education-2015", personId = PersonId, tier = "top" }, null).CreatedAsync();
            var submitted = await UnitA.PostAsync($"/api/nominations/{draft.Str("id")}/submit", null, draft.Version()).OkAsync();
            NominationId = submitted.Str("id");
            await EducationBureau.PutAsync("/api/cycles/education-2015/panel", new { reviewerIds = new[] { reviewer1Id, reviewer2Id } }, null).OkAsync();
            await EducationBureau.PostAsync($"/api/nominations/{NominationId}/reviewers", new { reviewerIds = new[] { reviewer1Id } }, submitted.Version()).OkAsync();
        }

        public Task DisposeAsync()
        {
            Host.Dispose();
            return Task.CompletedTask;
        }
    }

    private string N => world.NominationId;

    [Fact]
    public async Task A_bureau_officer_is_refused_outside_its_domain()
    {
        var culture = world.CultureBureau;
        await culture.GetAsync($"/api/nominations/{N}").StatusAsync(HttpStatusCode.NotFound);
        await culture.GetAsync("/api/nominations?domainId=education").StatusAsync(HttpStatusCode.Forbidden);
        Assert.All((await culture.GetAsync("/api/nominations").OkAsync())["items"]!.AsArray(), n => Assert.Equal("culture", n!["domainId"]!.GetValue<string>()));
        var cycle = await culture.GetAsync("/api/cycles/education-2015").OkAsync();
        await culture.PostAsync("/api/cycles/education-2015/close-nominations", null, cycle.Version()).StatusAsync(HttpStatusCode.Forbidden);
        await culture.PutAsync("/api/cycles/education-2015/panel", new { reviewerIds = new[] { "x" } }, null).StatusAsync(HttpStatusCode.Forbidden);
        await culture.PutAsync("/api/cycles/education-2015/determination", new { tiers = Array.Empty<object>() }, null).StatusAsync(HttpStatusCode.Forbidden);
        await culture.GetAsync("/api/cycles/education-2015/determination").StatusAsync(HttpStatusCode.Forbidden);
        await culture.GetAsync($"/api/persons/{world.PersonId}").StatusAsync(HttpStatusCode.NotFound);
        await culture.PostAsync("/api/cycles", new { domainId = "culture", year = 2016 }, null).StatusAsync(HttpStatusCode.Forbidden);
        await culture.GetAsync("/api/audit").StatusAsync(HttpStatusCode.Forbidden);
        await culture.PostAsync("/api/nominations", new { cycleId = "education-2015", personId = world.PersonId, tier = "top" }, null).StatusAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_reviewer_sees_only_assigned_nominations_and_changes_none()
    {
        Assert.Equal(0, (await world.Reviewer2.GetAsync("/api/nominations").OkAsync())["total"]!.GetValue<int>());
        await world.Reviewer2.GetAsync($"/api/nominations/{N}").StatusAsync(HttpStatusCode.NotFound);
        await world.Reviewer2.PostAsync($"/api/nominations/{N}/reviews/conflict", new { note = "x" }, null).StatusAsync(HttpStatusCode.NotFound);
        await world.Reviewer2.PutAsync($"/api/nominations/{N}/reviews/mine", new { score = 50 }, null).StatusAsync(HttpStatusCode.NotFound);

        var assigned = await world.Reviewer1.GetAsync("/api/nominations").OkAsync();
        Assert.Equal(N, assigned["items"]![0]!["id"]!.GetValue<string>());
        var nomination = await world.Reviewer1.GetAsync($"/api/nominations/{N}").OkAsync();
        await world.Reviewer1.PostAsync($"/api/nominations/{N}/rescreen", null, nomination.Version()).StatusAsync(HttpStatusCode.Forbidden);
        await world.Reviewer1.PostAsync($"/api/nominations/{N}/withdraw", null, nomination.Version()).StatusAsync(HttpStatusCode.Forbidden);
        await world.Reviewer1.PostAsync("/api/persons", new { residentId = ResidentIds.Next(new DateOnly(1980, 1, 1)), name = "x", unit = "y" }, null).StatusAsync(HttpStatusCode.Forbidden);
        await world.Reviewer1.GetAsync($"/api/persons/{world.PersonId}").StatusAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_nominating_unit_sees_only_its_own_nominations()
    {
        var unitB = world.UnitB;
        await unitB.GetAsync($"/api/nominations/{N}").StatusAsync(HttpStatusCode.NotFound);
        await unitB.PostAsync($"/api/nominations/{N}/withdraw", null, 1).StatusAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, (await unitB.GetAsync("/api/nominations").OkAsync())["total"]!.GetValue<int>());
        await unitB.GetAsync("/api/nominations?unit=第一中学").StatusAsync(HttpStatusCode.Forbidden);
        await unitB.GetAsync($"/api/persons/{world.PersonId}").StatusAsync(HttpStatusCode.NotFound);
        await unitB.GetAsync($"/api/persons/{world.PersonId}/history").StatusAsync(HttpStatusCode.NotFound);
        await unitB.PostAsync("/api/nominations", new { cycleId = "education-2015", personId = world.PersonId, tier = "top", unit = "第一中学" }, null)
            .StatusAsync(HttpStatusCode.Forbidden);
        await unitB.PutAsync("/api/settings/quota-tolerance", new { percent = 50 }, 1).StatusAsync(HttpStatusCode.Forbidden);
        await unitB.GetAsync("/api/audit").StatusAsync(HttpStatusCode.Forbidden);
        await unitB.PostAsync("/api/programmes/years/2016/open", null, null).StatusAsync(HttpStatusCode.Forbidden);

        Assert.Equal(0, (await unitB.GetAsync("/api/persons").OkAsync())["total"]!.GetValue<int>());
        Assert.Contains((await world.UnitA.GetAsync("/api/persons").OkAsync())["items"]!.AsArray(), p => p!["id"]!.GetValue<string>() == world.PersonId);
        Assert.Contains((await world.EducationBureau.GetAsync("/api/persons").OkAsync())["items"]!.AsArray(), p => p!["id"]!.GetValue<string>() == world.PersonId);
        Assert.DoesNotContain((await world.CultureBureau.GetAsync("/api/persons").OkAsync())["items"]!.AsArray(), p => p!["id"]!.GetValue<string>() == world.PersonId);
        var own = await world.UnitA.GetAsync("/api/nominations").OkAsync();
        Assert.Equal(1, own["total"]!.GetValue<int>());
        var rescreen = await world.UnitA.GetAsync($"/api/nominations/{N}").OkAsync();
        await world.UnitA.PostAsync($"/api/nominations/{N}/rescreen", null, rescreen.Version()).StatusAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_applicant_applies_only_where_the_domain_takes_self_applications()
    {
        var person = await world.Applicant.PostAsync("/api/persons",
            new { residentId = ResidentIds.Next(new DateOnly(1985, 7, 7), male: false), name = "周婷", unit = "个人", profile = new { cultureField = "arts" } }, null).CreatedAsync();
        await world.Applicant.PostAsync("/api/nominations", new { cycleId = "education-2015", personId = person.Str("id"), tier = "backbone" }, null)
            .StatusAsync(HttpStatusCode.Forbidden);
        var application = await world.Applicant.PostAsync("/api/nominations", new { cycleId = "culture-2015", personId = person.Str("id"), tier = "backbone" }, null).CreatedAsync();
        Assert.Equal("self-application", application.Str("channel"));
        await world.Applicant.GetAsync($"/api/nominations/{N}").StatusAsync(HttpStatusCode.NotFound);
        Assert.Equal(1, (await world.Applicant.GetAsync("/api/nominations").OkAsync())["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Resident_ids_are_whole_only_for_the_talent_office_and_the_bureau_of_a_domain_the_person_is_nominated_in()
    {
        Assert.Equal(world.ResidentId, (await world.Admin.GetAsync($"/api/persons/{world.PersonId}").OkAsync()).Str("residentId"));
        Assert.Equal(world.ResidentId, (await world.EducationBureau.GetAsync($"/api/persons/{world.PersonId}").OkAsync()).Str("residentId"));
        var masked = (await world.UnitA.GetAsync($"/api/persons/{world.PersonId}").OkAsync()).Str("residentId");
        Assert.Equal(world.ResidentId[..6] + "********" + world.ResidentId[^4..], masked);
        var list = await world.Admin.GetAsync("/api/persons?unit=第一中学").OkAsync();
        Assert.All(list["items"]!.AsArray(), p => Assert.Contains("********", p!["residentId"]!.GetValue<string>(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Anonymous_callers_are_401()
    {
        var anonymous = world.Host.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/nominations")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/persons")).StatusCode);
    }

    [Fact]
    public async Task The_talent_office_reaches_everything()
    {
        Assert.Equal(N, (await world.Admin.GetAsync($"/api/nominations/{N}").OkAsync()).Str("id"));
        Assert.True((await world.Admin.GetAsync("/api/nominations?domainId=education").OkAsync())["total"]!.GetValue<int>() >= 1);
        await world.Admin.GetAsync("/api/cycles/education-2015/panel").OkAsync();
        var reviews = await world.Admin.GetAsync($"/api/nominations/{N}/reviews").OkAsync();
        Assert.NotNull(reviews["items"] as JsonArray);
        Assert.True((await world.Admin.GetAsync($"/api/audit?domainId=education").OkAsync())["total"]!.GetValue<int>() > 0);
    }
}
