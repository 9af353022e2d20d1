using Kunpeng.Abstractions;

namespace Kunpeng.PluginKit;

/// <summary>An enumerated fact that must take one of the listed values (国家级、市级文化艺术协会的会员).</summary>
internal sealed class OneOfCheck<TEnum> : Check where TEnum : struct, Enum
{
    private readonly Fact<TEnum> fact;
    private readonly TEnum[] allowed;
    private readonly string required;
    private readonly CheckResult missing;
    private readonly SmallValues<TEnum> byValue = new();

    public OneOfCheck(Fact<TEnum> fact, IEnumerable<TEnum> allowed)
        : base(fact.LabelZh, [fact.Definition])
    {
        this.fact = fact;
        this.allowed = [.. allowed.Distinct()];
        if (this.allowed.Length == 0)
        {
            throw new ArgumentException("List at least one allowed value.", nameof(allowed));
        }

        required = string.Join(" 或 ", this.allowed.Select(ChineseNames.Of));
        missing = CheckResult.Undecided(null, required, fact.Name);
    }

    public override CheckResult Evaluate(CandidateProfile profile, DateOnly referenceDate)
    {
        if (!fact.TryRead(profile, out var value))
        {
            return missing;
        }

        if (byValue.Find(value, out var index) is { } known)
        {
            return known;
        }

        var found = ChineseNames.Of(value);
        return byValue.Keep(index, Array.IndexOf(allowed, value) >= 0 ? CheckResult.Met(found, required) : CheckResult.NotMet(found, required));
    }
}
