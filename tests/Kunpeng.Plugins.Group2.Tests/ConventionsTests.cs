using static Kunpeng.Plugins.Group2.Tests.Assessing;

namespace Kunpeng.Plugins.Group2.Tests;

/// <summary>What holds for all three domains' declarations: kinds read facts as they should, nothing ranks or is about an enterprise.</summary>
public class ConventionsTests
{
    public static TheoryData<string> Domains => new() { "high-skill", "health", "culture" };

    [Theory]
    [MemberData(nameof(Domains))]
    public void Qualitative_parts_read_no_fact_and_every_other_part_reads_some(string domainId)
    {
        var all = AllConditions(domainId);

        Assert.All(all.Where(c => c.Kind == ConditionKind.Qualitative), c => Assert.Empty(c.Facts));
        Assert.All(all.Where(c => c.Kind != ConditionKind.Qualitative), c => Assert.NotEmpty(c.Facts));
    }

    [Theory]
    [MemberData(nameof(Domains))]
    public void The_rules_state_no_preference_and_no_enterprise_condition_in_these_domains(string domainId)
    {
        var all = AllConditions(domainId);

        Assert.DoesNotContain(all, c => c.Kind == ConditionKind.Preference);
        Assert.All(all, c => Assert.Equal(ConditionSubject.Person, c.Subject));
    }

    [Theory]
    [MemberData(nameof(Domains))]
    public void Only_the_age_is_general_and_every_general_condition_explains_why(string domainId)
    {
        var general = AllConditions(domainId).Where(c => c.Kind == ConditionKind.General).ToList();

        Assert.Equal(["backbone.age"], general.Select(c => c.Id));
        Assert.All(general, c => Assert.NotNull(c.InterpretationNote));
    }

    [Theory]
    [MemberData(nameof(Domains))]
    public void An_empty_profile_is_never_rejected_outright(string domainId) =>
        Assert.DoesNotContain(
            Of(domainId).Criteria.Assess(new(), Reference).SelectMany(t => t.Outcomes),
            o => o.Status == ConditionStatus.NotMet);

    private static Assessor Of(string domainId) => domainId switch
    {
        "high-skill" => HighSkillDomain,
        "health" => HealthDomain,
        "culture" => CultureDomain,
        _ => throw new ArgumentOutOfRangeException(nameof(domainId), domainId, null),
    };

    // Alternatives of any-of groups included.
    private static List<ConditionDefinition> AllConditions(string domainId) =>
        [.. Of(domainId).Criteria.Tiers.SelectMany(t => t.Conditions).SelectMany(c => (IEnumerable<ConditionDefinition>)[c, .. c.AnyOf])];
}
