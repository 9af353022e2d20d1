using System.Text.RegularExpressions;
using Kunpeng.Host.Eligibility.Profiles;
using Kunpeng.Host.Plugins;

namespace Kunpeng.Plugins.Tests;

/// <summary>
/// What holds for every one of the ten domain plugins, checked on the plugin as the host's loader
/// serves it (its own load context and Autofac scope), not on an instance the test made: it loads,
/// one domain id throughout, the criteria follow the PluginKit's rules of the house, and missing
/// facts never reject.
/// </summary>
public sealed partial class ConventionsTests(DeployedPlugins deployed) : IClassFixture<DeployedPlugins>
{
    public static TheoryData<string> Domains => new(DeployedPlugins.DomainIds);

    [Fact]
    public void Exactly_the_ten_domains_are_deployed() =>
        Assert.Equal(DeployedPlugins.DomainIds, deployed.Loaded.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Domains))]
    public void It_loads_through_the_hosts_loader_with_one_domain_id_and_the_current_contract(string domainId)
    {
        var result = deployed.Result(domainId);

        Assert.Equal(PluginStatus.Active, result.State.Status);
        Assert.Null(result.State.Reason);
        Assert.Equal(ContractVersion.Current.ToString(2), result.State.ContractVersion);
        var plugin = Assert.IsType<LoadedDomainPlugin>(result.Plugin);
        Assert.Equal(domainId, plugin.Organizer.Domain.Id);
        Assert.Equal(domainId, Assert.IsAssignableFrom<IDomainCriteria>(plugin.Criteria).DomainId);
        Assert.Equal(domainId, Assert.IsAssignableFrom<IMeasureCatalog>(plugin.Measures).DomainId);
    }

    [Theory]
    [MemberData(nameof(Domains))]
    public void The_criteria_have_the_organizers_tiers_and_the_catalogue_has_measures(string domainId)
    {
        var plugin = deployed.Plugin(domainId);

        Assert.Equal(plugin.Organizer.Profile.Tiers.Select(t => t.Id), plugin.Criteria!.Tiers.Select(t => t.TierId));
        Assert.NotEmpty(plugin.Measures!.Measures);
        Assert.Equal(plugin.Measures.Measures.Count, plugin.Measures.Measures.Select(m => m.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Domains))]
    public void Condition_ids_are_kebab_case_under_their_tier_and_unique_with_a_clause_number_and_words(string domainId)
    {
        var criteria = deployed.Plugin(domainId).Criteria!;

        foreach (var tier in criteria.Tiers)
        {
            var conditions = tier.Conditions.SelectMany(c => (IEnumerable<ConditionDefinition>)[c, .. c.AnyOf]).ToList();
            Assert.All(conditions, c =>
            {
                Assert.StartsWith(tier.TierId + ".", c.Id, StringComparison.Ordinal);
                Assert.Matches(KebabCasePath(), c.Id);
                Assert.Matches(ClauseNumber(), c.Clause);
                Assert.False(string.IsNullOrWhiteSpace(c.TextZh), c.Id);
            });
            Assert.Equal(conditions.Count, conditions.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count());
        }
    }

    [Theory]
    [MemberData(nameof(Domains))]
    public void Qualitative_parts_read_no_fact_and_every_other_part_reads_some(string domainId)
    {
        var all = deployed.Plugin(domainId).Criteria!.AllConditions();

        Assert.All(all.Where(c => c.Kind == ConditionKind.Qualitative), c => Assert.Empty(c.Facts));
        Assert.All(all.Where(c => c.Kind != ConditionKind.Qualitative), c => Assert.NotEmpty(c.Facts));
    }

    [Theory]
    [MemberData(nameof(Domains))]
    public void Every_fact_a_condition_reads_is_declared_and_every_declared_fact_is_read(string domainId)
    {
        var criteria = deployed.Plugin(domainId).Criteria!;
        var read = criteria.AllConditions().SelectMany(c => c.Facts).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(read.Order(StringComparer.Ordinal), criteria.Facts.Select(f => f.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Domains))]
    public void Every_shared_fact_it_reads_is_typed_as_the_host_reads_it(string domainId)
    {
        var shared = deployed.Plugin(domainId).Criteria!.Facts.Where(f => SharedFacts.Contains(f.Name)).ToList();

        Assert.NotEmpty(shared);
        Assert.All(shared, declared =>
        {
            Assert.True(SharedFacts.TryGet(declared.Name, out var host));
            Assert.Equal((host.Type, host.Minimum, host.Maximum), (declared.Type, declared.Minimum, declared.Maximum));
            Assert.Equal(host.AllowedValues ?? [], declared.AllowedValues ?? []);
        });
    }

    /// <summary>
    /// Per domain, the conditions the rules mark 一般 (general) and 优先 (preference), and whether any
    /// is about the enterprise rather than the person (only enterprise management's are).
    /// </summary>
    public static TheoryData<string, string[], string[], bool> GeneralPreferenceAndEnterprise => new()
    {
        { "agriculture", ["backbone.age"], [], false },
        { "culture", ["backbone.age"], [], false },
        { "education", ["backbone.age"], [], false },
        { "enterprise-management", ["top.education-or-title", "backbone.management-years"], ["top.party-organization", "backbone.younger"], true },
        { "health", ["backbone.age"], [], false },
        { "high-skill", ["backbone.age"], [], false },
        { "party-government", [], ["division.reserve-cadre", "section.reserve-cadre"], false },
        { "professional-technical", ["backbone.age"], [], false },
        { "social-work", ["top.age", "backbone.age"], [], false },
        { "urban-construction", ["top.education", "backbone.age"], [], false },
    };

    [Theory]
    [MemberData(nameof(GeneralPreferenceAndEnterprise))]
    public void Only_the_parts_the_rules_mark_general_or_preferred_are_so_and_each_general_one_explains_why(
        string domainId, string[] general, string[] preferences, bool readsEnterprise)
    {
        var all = deployed.Plugin(domainId).Criteria!.AllConditions();

        Assert.Equal(general, all.Where(c => c.Kind == ConditionKind.General).Select(c => c.Id));
        Assert.All(all.Where(c => c.Kind == ConditionKind.General), c => Assert.False(string.IsNullOrWhiteSpace(c.InterpretationNote), c.Id));
        Assert.Equal(preferences, all.Where(c => c.Kind == ConditionKind.Preference).Select(c => c.Id));
        Assert.Equal(readsEnterprise, all.Any(c => c.Subject == ConditionSubject.Enterprise));
    }

    [Theory]
    [MemberData(nameof(Domains))]
    public void An_empty_profile_is_never_rejected_outright(string domainId) =>
        Assert.DoesNotContain(
            deployed.Plugin(domainId).Criteria!.Assess(new(), Assessing.Reference).SelectMany(t => t.Outcomes),
            o => o.Status == ConditionStatus.NotMet);

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)+$")]
    private static partial Regex KebabCasePath();

    // 三、选拔条件 or 五、主要措施, then the numbered clause: 三.1, 三.2.(1).
    [GeneratedRegex(@"^[三五]\.\d+(\.\(\d+\))?$")]
    private static partial Regex ClauseNumber();
}
