using System.Net;
using System.Text.Json.Nodes;
using Bunit;
using Kunpeng.Web.Components;
using Kunpeng.Web.Pages.Nominations;
using Xunit;

namespace Kunpeng.Web.Tests;

public sealed class NominationFormTests
{
    private static WebTestContext NewNominationContext()
    {
        var ctx = new WebTestContext("nominating-unit", unit: "第一中学");
        ctx.Api.On("GET", "/api/cycles", Json.OpenEducationCycle);
        ctx.Api.On("GET", "/api/cycles/education-2016", Json.OpenEducationCycleOne);
        ctx.Api.On("POST", "/api/domains/education/eligibility", (_, body) =>
            body.Contains("\"teachingYears\":12", StringComparison.Ordinal)
                ? (HttpStatusCode.OK, Json.Eligibility("met", "12 年"))
                : (HttpStatusCode.OK, Json.Eligibility("not-met", "未填写")));
        return ctx;
    }

    [Fact]
    public async Task The_form_is_generated_from_the_domains_declared_facts_with_Chinese_labels()
    {
        await using var ctx = NewNominationContext();
        ctx.RenderProviders();

        var cut = ctx.Render<NominationEdit>();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("#fact-teachingYears")));
        Assert.Contains("教龄（年）", cut.Markup);
        Assert.Contains("学历", cut.Markup);
        Assert.Contains("是否校（园）长", cut.Markup);
        Assert.Contains("论文、教学案例或教学设计", cut.Find("[data-testid=list-papers]").TextContent);
        // Birth date comes from the resident ID; without one it is asked for.
        Assert.NotNull(cut.Find("#fact-birthDate"));
    }

    [Fact]
    public async Task Typing_a_fact_screens_again_and_shows_the_clause_found_required_and_status()
    {
        await using var ctx = NewNominationContext();
        ctx.RenderProviders();
        var cut = ctx.Render<NominationEdit>();
        cut.WaitForAssertion(() => Assert.Contains("不符合", cut.Find("[data-testid=conditions]").TextContent));

        cut.Find("#fact-teachingYears").Input("12");

        cut.WaitForAssertion(() =>
        {
            var row = cut.Find("[data-testid=conditions] tbody tr");
            Assert.Contains("三.1.(1)", row.TextContent);
            Assert.Contains("教龄在10年及以上", row.TextContent);
            Assert.Contains("12 年", row.TextContent);
            Assert.Contains("≥ 10 年", row.TextContent);
            Assert.Equal("met", row.QuerySelector("[data-status]")!.GetAttribute("data-status"));
            Assert.Equal("eligible", cut.Find("[data-testid=verdict]").GetAttribute("data-verdict"));
        }, TimeSpan.FromSeconds(5));
        var screening = ctx.Api.Requests.Last(r => r.PathAndQuery == "/api/domains/education/eligibility");
        Assert.Contains("\"referenceDate\":\"2016-08-31\"", screening.Body);
    }

    [Fact]
    public async Task A_failed_save_shows_the_APIs_message_next_to_the_field_and_keeps_what_was_typed()
    {
        await using var ctx = NewNominationContext();
        ctx.Api.On("POST", "/api/persons", """{"id":"p1","residentId":"x","residentIdMasked":false,"name":"李明华","unit":"第一中学","birthDate":"1980-01-01","gender":"male","profile":{},"version":1}""",
            HttpStatusCode.Created);
        ctx.Api.On("POST", "/api/nominations", """
            {"status":400,"title":"The request is not valid","detail":"1 field is invalid","errors":{"profile.teachingYears":["教龄不能为负数"]}}
            """, HttpStatusCode.BadRequest);
        ctx.RenderProviders();
        var cut = ctx.Render<NominationEdit>();
        cut.WaitForAssertion(() => cut.Find("#fact-teachingYears"));
        cut.Find("#person-name").Change("李明华");
        cut.Find("#fact-teachingYears").Input("12");
        cut.WaitForAssertion(() => Assert.Equal("eligible", cut.Find("[data-testid=verdict]").GetAttribute("data-verdict")), TimeSpan.FromSeconds(5));

        cut.FindAll("button").First(b => b.TextContent.Contains("保存草稿")).Click();

        cut.WaitForAssertion(() => Assert.Contains("教龄不能为负数", cut.Markup));
        Assert.Contains("教龄不能为负数", cut.Find("#fact-teachingYears").ParentElement!.ParentElement!.ParentElement!.TextContent);

        // Saving again sends everything typed before the failure: nothing was lost.
        cut.FindAll("button").First(b => b.TextContent.Contains("保存草稿")).Click();
        cut.WaitForAssertion(() => Assert.Equal(2, ctx.Api.Requests.Count(r => r.Method == "POST" && r.PathAndQuery == "/api/nominations")), TimeSpan.FromSeconds(5));
        var resent = ctx.Api.Requests.Last(r => r.PathAndQuery == "/api/nominations").Body;
        Assert.Contains("\"teachingYears\":12", resent);
        Assert.Contains("\\u674E\\u660E\\u534E", ctx.Api.Requests.Last(r => r.PathAndQuery == "/api/persons").Body); // 李明华
    }

    [Fact]
    public void A_nested_fact_is_written_into_its_object_and_an_emptied_fact_is_missing_not_false()
    {
        var profile = new JsonObject();

        ProfileValues.Set(profile, "enterprise.industry", JsonValue.Create("software"));
        ProfileValues.Set(profile, "isPrincipal", ProfileValues.OfFlag("false"));
        Assert.Equal("""{"enterprise":{"industry":"software"},"isPrincipal":false}""", profile.ToJsonString());

        ProfileValues.Set(profile, "isPrincipal", ProfileValues.OfFlag(null));
        ProfileValues.Set(profile, "enterprise.industry", null);
        Assert.Equal("""{"enterprise":{}}""", profile.ToJsonString());
        Assert.Null(ProfileValues.Get(profile, "enterprise.industry"));
    }
}
