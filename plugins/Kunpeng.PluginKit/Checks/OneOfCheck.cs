using Kunpeng.Abstractions;

namespace Kunpeng.PluginKit;

/// <summary>An enumerated fact that must take one of the listed values (国家级、市级文化艺术协会的会员).</summary>
internal sealed class OneOfCheck<TEnum> : Check where TEnum : struct, Enum
{
    private readonly Fact<TEnum> fact;
    private readonly IReadOnlyList<TEnum> allowed;

    public OneOfCheck(Fact<TEnum> fact, IEnumerable<TEnum> allowed)
        : base(fact.LabelZh, [fact.Definition])
    {
        this.fact = fact;
        this.allowed = [.. allowed.Distinct()];
        if (this.allowed.Count == 0)
        {
            throw new ArgumentException("List at least one allowed value.", nameof(allowed));
        }
    }

    public override CheckResult Evaluate(CandidateProfile profile, DateOnly referenceDate)
    {
        var required = string.Join(" 或 ", allowed.Select(ChineseNames.Of));
        if (!fact.TryRead(profile, out var value))
        {
            return CheckResult.Undecided(null, required, fact.Name);
        }

        var found = ChineseNames.Of(value);
        return allowed.Contains(value) ? CheckResult.Met(found, required) : CheckResult.NotMet(found, required);
    }
}
