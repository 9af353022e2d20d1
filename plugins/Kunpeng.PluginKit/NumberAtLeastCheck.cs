using System.Numerics;
using Kunpeng.Abstractions;

namespace Kunpeng.PluginKit;

/// <summary>A number at least a bound, the bound included (以上、及以上、不少于).</summary>
internal sealed class NumberAtLeastCheck<T> : Check where T : struct, INumber<T>
{
    // Whole amounts below this are phrased once and kept (years, people, most counts).
    private const int SmallAmounts = 100;

    private readonly Fact<T> fact;
    private readonly T minimum;
    private readonly string unitZh;
    private readonly string required;
    private readonly CheckResult missing;
    private readonly CheckResult?[] small = new CheckResult?[SmallAmounts];

    public NumberAtLeastCheck(Fact<T> fact, T minimum, string unitZh)
        : base(fact.LabelZh, [fact.Definition])
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(unitZh);
        this.fact = fact;
        this.minimum = minimum;
        this.unitZh = unitZh;
        required = Phrase.AtLeast(Phrase.Amount(minimum, unitZh));
        missing = CheckResult.Undecided(null, required, fact.Name);
    }

    public override CheckResult Evaluate(CandidateProfile profile, DateOnly referenceDate)
    {
        if (!fact.TryRead(profile, out var value))
        {
            return missing;
        }

        // A whole amount phrases the same whatever its scale (12 and 12.0 both read "12 年").
        if (T.IsInteger(value) && value >= T.Zero && value < T.CreateTruncating(SmallAmounts))
        {
            var index = int.CreateTruncating(value);
            return small[index] ??= Result(value);
        }

        return Result(value);
    }

    private CheckResult Result(T value)
    {
        var found = Phrase.Amount(value, unitZh);
        return value >= minimum ? CheckResult.Met(found, required) : CheckResult.NotMet(found, required);
    }
}
