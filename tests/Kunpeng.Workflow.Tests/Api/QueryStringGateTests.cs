using System.Net;
using Kunpeng.Workflow.Tests.Infrastructure;
using Xunit;

namespace Kunpeng.Workflow.Tests.Api;

/// <summary>
/// Query strings as the OpenAPI document says (issue 11, items 2 and 11): enum values as JSON writes
/// them, unknown values and unsupported parameters a 400 naming them.
/// </summary>
public sealed class QueryStringGateTests(RoleScopeTests.World world) : IClassFixture<RoleScopeTests.World>
{
    [Fact]
    public async Task Enum_filters_take_the_values_json_writes()
    {
        var submitted = await world.Admin.GetAsync("/api/nominations?status=under-review").OkAsync();
        var nominating = await world.Admin.GetAsync("/api/cycles?stage=nominating&domainId=education").OkAsync();
        var legacy = await world.Admin.GetAsync("/api/nominations?status=UnderReview").OkAsync();

        Assert.Contains(submitted["items"]!.AsArray(), n => n!["id"]!.GetValue<string>() == world.NominationId);
        Assert.Equal(submitted["total"]!.GetValue<int>(), legacy["total"]!.GetValue<int>());
        Assert.All(nominating["items"]!.AsArray(), c => Assert.Equal("nominating", c!["stage"]!.GetValue<string>()));
    }

    [Fact]
    public async Task An_unknown_value_is_a_400_listing_the_allowed_ones()
    {
        var verdict = await world.Admin.GetAsync("/api/nominations?verdict=bogus").StatusAsync(HttpStatusCode.BadRequest);
        var stage = await world.Admin.GetAsync("/api/cycles?stage=nomination").StatusAsync(HttpStatusCode.BadRequest);

        Assert.Contains("pending-review", verdict["errors"]!["verdict"]![0]!.GetValue<string>());
        Assert.Contains("nominating", stage["errors"]!["stage"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unsupported_parameter_is_a_400_with_a_did_you_mean()
    {
        var problem = await world.Admin.GetAsync("/api/nominations?cycleID=education-2015&stauts=draft").StatusAsync(HttpStatusCode.BadRequest);

        var errors = problem["errors"]!.AsObject();
        Assert.False(errors.ContainsKey("cycleID"));
        Assert.Equal("Unsupported query parameter. Did you mean 'status'?", errors["stauts"]![0]!.GetValue<string>());
    }
}
