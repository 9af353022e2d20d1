using System.Text.Json;
using Kunpeng.Host.Eligibility;
using Kunpeng.Host.Eligibility.Models;

namespace Kunpeng.Plugins.Tests;

/// <summary>
/// Runs every <see cref="ScreeningCase"/> through the host's eligibility service over the loaded
/// plugins: the profile read and validated by the host, assessed by the plugin in its own load
/// context, the verdict derived by the host, compared in the JSON the API answers with.
/// </summary>
public sealed class ScreeningCasesTests(DeployedPlugins deployed) : IClassFixture<DeployedPlugins>
{
    public static TheoryData<string> Cases => new(ScreeningCase.All.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Screens_as_the_case_says(string name)
    {
        var @case = ScreeningCase.All[name];
        var request = JsonSerializer.Deserialize<EligibilityRequest>(@case.RequestJson(), EligibilityJson.Options)!;

        var result = deployed.Eligibility.Assess(@case.Domain, request);

        if (@case.Expect.Errors is { } errors)
        {
            var problem = Assert.IsType<EligibilityProblem>(result.Problem);
            var found = Assert.IsAssignableFrom<IReadOnlyDictionary<string, string[]>>(problem.Errors);
            Assert.Equal(errors.Keys.Order(StringComparer.Ordinal), found.Keys.Order(StringComparer.Ordinal));
            Assert.All(errors, e => Assert.Contains(found[e.Key], reason => reason.Contains(e.Value, StringComparison.Ordinal)));
            return;
        }

        Assert.True(result.Problem is null, result.Problem?.Detail + " " + string.Join("; ", result.Problem?.Errors?.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}") ?? []));
        var answer = JsonSerializer.SerializeToElement(result.Value, EligibilityJson.Options);
        var tiers = answer.GetProperty("tiers").EnumerateArray().ToList();
        foreach (var (tier, verdict) in @case.Expect.Tiers ?? [])
        {
            Assert.Equal((tier, verdict), (tier, tiers.Single(t => t.GetProperty("tier").GetString() == tier).GetProperty("verdict").GetString()));
        }

        var conditions = tiers.SelectMany(t => t.GetProperty("conditions").EnumerateArray()).ToDictionary(c => c.GetProperty("id").GetString()!);
        foreach (var (id, status) in @case.Expect.Conditions ?? [])
        {
            Assert.Equal((id, status), (id, conditions[id].GetProperty("status").GetString()));
        }
    }
}
