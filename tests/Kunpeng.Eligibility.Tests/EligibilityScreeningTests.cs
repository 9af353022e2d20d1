using System.Text.Json;
using Kunpeng.Abstractions;
using Kunpeng.Eligibility.Tests.Support;
using Kunpeng.Host.Eligibility;
using Kunpeng.Host.Eligibility.Models;
using Kunpeng.Host.Plugins;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace Kunpeng.Eligibility.Tests;

/// <summary>The eligibility workflow as the endpoints and the benchmark call it, with criteria doubles and no HTTP.</summary>
public sealed class EligibilityScreeningTests : IDisposable
{
    private static readonly DateOnly ReferenceDate = new(2015, 10, 31);
    private readonly DomainPluginCatalog _catalog = new();
    private readonly IDomainCriteria _education = SampleCriteria.Create("education");
    private readonly IDomainCriteria _health = SampleCriteria.Create("health");
    private readonly LoadedDomainPlugin _educationPlugin;

    public EligibilityScreeningTests()
    {
        _educationPlugin = TestPlugins.Plugin("education", _education);
        TestPlugins.Publish(_catalog, _educationPlugin, TestPlugins.Plugin("health", _health), TestPlugins.Plugin("culture", criteria: null));
    }

    public void Dispose() => _catalog.Dispose();

    [Fact]
    public void One_profile_gets_every_tier_with_each_condition_explained()
    {
        var result = Service().Assess("education", Request("""
            { "residentId": "120222198003154519", "educationLevel": "bachelor", "teachingYears": 12, "schoolSize": 350 }
            """));

        var response = result.Value!;
        Assert.Equal(("education", "1.2.3", ReferenceDate), (response.DomainId, response.PluginVersion, response.ReferenceDate));
        var top = response.Tiers[0];
        Assert.Equal(("top", "拔尖人才", Verdict.PendingReview), (top.Tier, top.TierNameZh, top.Verdict));
        var years = top.Conditions[0];
        Assert.Equal(("top.teaching-years", ConditionKind.Hard, ConditionStatus.Met, "12 年", "≥ 10 年"),
            (years.Id, years.Kind, years.Status, years.Found, years.Required));
        Assert.Equal(ConditionStatus.NotMet, top.Conditions.Single(c => c.Id == "top.reserve").Status);
        Assert.Equal(("backbone", Verdict.Eligible), (response.Tiers[1].Tier, response.Tiers[1].Verdict));
    }

    [Fact]
    public void The_plugin_sees_the_birth_date_from_the_resident_id_and_declared_facts_typed()
    {
        Service().Assess("education", Request("""{ "residentId": "11010519491231002X", "schoolSize": 99 }"""));

        _education.Received(1).Assess(
            Arg.Is<CandidateProfile>(p => p.BirthDate == new DateOnly(1949, 12, 31) && p.Gender == Gender.Female && (long)p.AdditionalFacts["schoolSize"] == 99),
            ReferenceDate);
    }

    [Fact]
    public void Missing_facts_make_a_tier_incomplete_and_are_named()
    {
        var response = Service().Assess("education", Request("""{ "educationLevel": "master" }""")).Value!;

        var top = response.Tiers[0];
        Assert.Equal(Verdict.Incomplete, top.Verdict);
        Assert.Equal(["teachingYears", "birthDate"], top.MissingFacts);
        Assert.Equal(["teachingYears", "schoolSize"], response.Tiers[1].MissingFacts);
    }

    [Fact]
    public void Unknown_domain_and_domain_without_criteria_are_problems()
    {
        Assert.Equal(EligibilityProblemKind.UnknownDomain, Service().Assess("nope", Request("{}")).Problem!.Kind);
        var noCriteria = Service().Assess("culture", Request("{}")).Problem!;
        Assert.Equal((EligibilityProblemKind.NoCriteria, "culture"), (noCriteria.Kind, noCriteria.DomainId));
    }

    [Fact]
    public void Invalid_request_names_every_field_by_json_path()
    {
        var request = new EligibilityRequest { Profile = Request("""{ "residentId": "120222198003154518", "educationLevel": "phd" }""").Profile };

        var problem = Service().Assess("education", request).Problem!;

        Assert.Equal(EligibilityProblemKind.InvalidInput, problem.Kind);
        Assert.Equal(["profile.educationLevel", "profile.residentId", "referenceDate"], problem.Errors!.Keys.Order(StringComparer.Ordinal));
        _education.DidNotReceiveWithAnyArgs().Assess(default!, default);
    }

    [Fact]
    public void Screening_gives_every_profile_a_verdict_per_domain_and_tier()
    {
        var response = Service().Screen(Screening(null,
            ("a", """{ "educationLevel": "bachelor", "teachingYears": 12, "birthDate": "1980-01-01", "schoolSize": 350 }"""),
            ("b", """{ "educationLevel": "secondary", "teachingYears": 3 }""")), ScreeningDetail.Compact).Value!;

        // Every active domain with criteria, in id order; culture has none and is left out.
        Assert.Equal(["education", "health"], response.Domains.Select(d => d.DomainId));
        Assert.Equal(["a", "b"], response.Results.Select(r => r.Id));
        var a = response.Results[0].Domains[0];
        Assert.Equal(("education", Verdict.PendingReview, Verdict.Eligible), (a.DomainId, a.Tiers[0].Verdict, a.Tiers[1].Verdict));
        Assert.Null(a.Tiers[1].NotMet);
        Assert.Null(a.Tiers[1].Conditions);
        var b = response.Results[1].Domains[1].Tiers[0];
        Assert.Equal(Verdict.Ineligible, b.Verdict);
        Assert.Equal(["top.teaching-years", "top.education"], b.NotMet);
        Assert.Equal(["top.age"], b.Undecided);
        Assert.Equal(["birthDate"], b.MissingFacts);
    }

    [Fact]
    public void Compact_answers_are_shared_by_profiles_that_get_the_same_one_and_told_apart_by_missing_facts()
    {
        // One undecided condition whose missing fact depends on the profile: same verdict and ids, different facts.
        var criteria = Substitute.For<IDomainCriteria>();
        criteria.DomainId.Returns("social-work");
        criteria.Tiers.Returns([new TierCriteria("top", "引言", [
            Conditions.Define("top.years", ConditionKind.Hard, "socialWorkYears", "teachingYears"),
            Conditions.Define("top.panel", ConditionKind.Qualitative)])]);
        criteria.Facts.Returns([]);
        criteria.Assess(Arg.Any<CandidateProfile>(), Arg.Any<DateOnly>()).Returns(call => (IReadOnlyList<TierAssessment>)[
            new("top", [
                call.Arg<CandidateProfile>().TeachingYears is null
                    ? Conditions.Outcome("top.years", ConditionStatus.Undecided, "teachingYears")
                    : Conditions.Outcome("top.years", ConditionStatus.Undecided, "socialWorkYears"),
                Conditions.Outcome("top.panel", ConditionStatus.AwaitsPanel)])]);
        TestPlugins.Publish(_catalog, TestPlugins.Plugin("social-work", criteria));

        var response = Service().Screen(Screening(["social-work"],
            ("a", "{}"), ("b", """{ "teachingYears": 3 }"""), ("c", "{}")), ScreeningDetail.Compact).Value!;

        var (a, b, c) = (response.Results[0].Domains[0], response.Results[1].Domains[0], response.Results[2].Domains[0]);
        Assert.Same(a, c);
        Assert.NotSame(a.Tiers[0], b.Tiers[0]);
        Assert.Equal([Verdict.Incomplete, Verdict.Incomplete], [a.Tiers[0].Verdict, b.Tiers[0].Verdict]);
        Assert.Equal(["top.years"], a.Tiers[0].Undecided!);
        Assert.Equal(["top.years"], b.Tiers[0].Undecided!);
        Assert.Equal(["teachingYears"], a.Tiers[0].MissingFacts!);
        Assert.Equal(["socialWorkYears"], b.Tiers[0].MissingFacts!);
        Assert.Null(a.Tiers[0].NotMet);
    }

    [Fact]
    public void Full_detail_adds_tier_names_and_conditions()
    {
        var response = Service().Screen(Screening(["education"], ("a", """{ "teachingYears": 12 }""")), ScreeningDetail.Full).Value!;

        var tier = response.Results[0].Domains.Single().Tiers[0];
        Assert.Equal("拔尖人才", tier.TierNameZh);
        Assert.Equal(5, tier.Conditions!.Count);
        Assert.Empty(tier.NotMet!);
    }

    [Fact]
    public void Each_domain_is_prepared_once_per_request_not_once_per_profile_and_released_after()
    {
        var profiles = Enumerable.Range(0, 50).Select(i => ($"p{i}", """{ "teachingYears": 7 }""")).ToArray();

        Service().Screen(Screening(["education"], profiles), ScreeningDetail.Compact);

        _ = _education.Received(1).Tiers;
        _education.ReceivedWithAnyArgs(50).Assess(default!, default);
        // With no lease left, retiring the version releases it at once.
        TestPlugins.Publish(_catalog);
        Assert.True(_educationPlugin.IsDisposed);
    }

    [Fact]
    public void Invalid_profiles_are_all_reported_before_any_is_assessed()
    {
        var problem = Service().Screen(Screening(["education", "health"],
            ("a", """{ "teachingYears": 12 }"""),
            ("b", """{ "birthDate": "1980-02-30" }"""),
            ("c", """{ "teachingYears": -3, "vocationalLevel": 7 }"""),
            ("b", """{ "schoolSize": "big" }""")), ScreeningDetail.Compact).Problem!;

        Assert.Equal(EligibilityProblemKind.InvalidInput, problem.Kind);
        Assert.Equal(
            ["profiles[1].profile.birthDate", "profiles[2].profile.teachingYears", "profiles[2].profile.vocationalLevel", "profiles[3].id", "profiles[3].profile.schoolSize"],
            problem.Errors!.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("profiles[1]", problem.Errors["profiles[3].id"][0], StringComparison.Ordinal);
        _education.DidNotReceiveWithAnyArgs().Assess(default!, default);
    }

    [Fact]
    public void Unknown_domains_and_domains_without_criteria_are_named_by_position()
    {
        var problem = Service().Screen(Screening(["education", "educaton", "culture"], ("a", "{}")), ScreeningDetail.Compact).Problem!;

        Assert.Equal(["domains[1]", "domains[2]"], problem.Errors!.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("Unknown domain 'educaton'", problem.Errors["domains[1]"][0], StringComparison.Ordinal);
        Assert.Contains("no criteria", problem.Errors["domains[2]"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_reference_date_and_profiles_are_named()
    {
        var problem = Service().Screen(new ScreeningRequest(), ScreeningDetail.Compact).Problem!;

        Assert.Equal(["profiles", "referenceDate"], problem.Errors!.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_batch_over_the_cap_is_refused_before_anything_else()
    {
        var problem = Service(maxProfiles: 2).Screen(Screening(null, ("a", "{}"), ("b", "{}"), ("c", "{}")), ScreeningDetail.Compact).Problem!;

        Assert.Equal(EligibilityProblemKind.TooManyProfiles, problem.Kind);
        Assert.Contains("at most 2", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_full_detail_batch_has_its_own_lower_cap()
    {
        var request = Screening(null, ("a", "{}"), ("b", "{}"), ("c", "{}"));

        var full = Service(maxFullProfiles: 2).Screen(request, ScreeningDetail.Full).Problem!;
        var compact = Service(maxFullProfiles: 2).Screen(request, ScreeningDetail.Compact);

        Assert.Equal(EligibilityProblemKind.TooManyProfiles, full.Kind);
        Assert.Contains("at most 2", full.Detail, StringComparison.Ordinal);
        Assert.True(compact.Problem is null || compact.Problem.Kind != EligibilityProblemKind.TooManyProfiles);
    }

    [Fact]
    public void A_plugin_that_throws_is_named_with_the_profile()
    {
        _health.Assess(Arg.Any<CandidateProfile>(), Arg.Any<DateOnly>()).Throws(new InvalidOperationException("boom"));

        var problem = Service().Screen(Screening(null, ("n-7", "{}")), ScreeningDetail.Compact).Problem!;

        Assert.Equal((EligibilityProblemKind.PluginFailed, "health"), (problem.Kind, problem.DomainId));
        Assert.Contains("boom", problem.Detail, StringComparison.Ordinal);
        Assert.Contains("'n-7'", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plugin_whose_outcomes_do_not_fit_its_criteria_gets_no_verdict()
    {
        _education.Assess(Arg.Any<CandidateProfile>(), Arg.Any<DateOnly>())
            .Returns([new TierAssessment("top", []), new TierAssessment("backbone", [])]);

        var problem = Service().Assess("education", Request("{}")).Problem!;

        Assert.Equal(EligibilityProblemKind.PluginFailed, problem.Kind);
        Assert.Contains("does not fit its own criteria", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plugin_whose_criteria_cannot_be_read_is_named_and_every_lease_released()
    {
        _education.Tiers.Throws(new InvalidOperationException("no tiers today"));

        var problem = Service().Screen(Screening(null, ("a", "{}")), ScreeningDetail.Compact).Problem!;

        Assert.Equal((EligibilityProblemKind.PluginFailed, "education"), (problem.Kind, problem.DomainId));
        Assert.Contains("no tiers today", problem.Detail, StringComparison.Ordinal);
        Assert.True(_catalog.TryAcquire("health", out var lease));
        var health = lease.Plugin;
        lease.Dispose();
        TestPlugins.Publish(_catalog);
        Assert.True(_educationPlugin.IsDisposed);
        Assert.True(health.IsDisposed);
    }

    private static EligibilityRequest Request(string profile) =>
        JsonSerializer.Deserialize<EligibilityRequest>($$"""{ "referenceDate": "2015-10-31", "profile": {{profile}} }""", EligibilityJson.Options)!;

    private static ScreeningRequest Screening(string[]? domains, params (string Id, string Profile)[] profiles)
    {
        var items = string.Join(",", profiles.Select(p => $$"""{ "id": "{{p.Id}}", "profile": {{p.Profile}} }"""));
        var domainList = domains is null ? "" : $", \"domains\": {JsonSerializer.Serialize(domains)}";
        return JsonSerializer.Deserialize<ScreeningRequest>($$"""{ "referenceDate": "2015-10-31"{{domainList}}, "profiles": [{{items}}] }""", EligibilityJson.Options)!;
    }

    private EligibilityScreening Service(int maxProfiles = 10_000, int maxFullProfiles = 1_000) => new(
        _catalog,
        Options.Create(new EligibilityOptions { MaxProfilesPerScreening = maxProfiles, MaxProfilesPerFullScreening = maxFullProfiles }),
        new FakeTimeProvider(new DateTimeOffset(2025, 6, 1, 1, 0, 0, TimeSpan.Zero)),
        NullLogger<EligibilityScreening>.Instance);
}
