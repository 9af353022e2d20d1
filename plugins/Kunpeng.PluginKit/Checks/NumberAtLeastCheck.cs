using System.Numerics;
using Kunpeng.Abstractions;

namespace Kunpeng.PluginKit;

/// <summary>A number at least a bound, the bound included (以上、及以上、不少于).</summary>
internal sealed class NumberAtLeastCheck<T> : Check where T : struct, INumber<T>
{
    private readonly Fact<T> fact;
    private readonly T minimum;
    private readonly string unitZh;

    public NumberAtLeastCheck(Fact<T> fact, T minimum, string unitZh)
        : base(fact.LabelZh, [fact.Definition])
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(unitZh);
        this.fact = fact;
        this.minimum = minimum;
        this.unitZh = unitZh;
    }

    public override CheckResult Evaluate(CandidateProfile profile, DateOnly referenceDate)
    {
        var required = Phrase.AtLeast(Phrase.Amount(minimum, unitZh));
        if (!fact.TryRead(profile, out var value))
        {
            return CheckResult.Undecided(null, required, fact.Name);
        }

        var found = Phrase.Amount(value, unitZh);
        return value >= minimum ? CheckResult.Met(found, required) : CheckResult.NotMet(found, required);
    }
}
