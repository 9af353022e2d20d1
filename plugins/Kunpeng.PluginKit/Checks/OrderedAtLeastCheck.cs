using Kunpeng.Abstractions;

namespace Kunpeng.PluginKit;

/// <summary>
/// "… 及以上" on a ranked scale (学历, 职称, 职业资格等级, 执业资格). The comparison is supplied
/// because the scales run both ways: education rises with the enum, vocational levels fall (1 is best).
/// </summary>
internal sealed class OrderedAtLeastCheck<T>(Fact<T> fact, T minimum, Func<T, T, bool> satisfies, Func<T, string> nameZh)
    : Check(fact.LabelZh, [fact.Definition])
{
    private readonly string required = Phrase.AtLeast(nameZh(minimum));
    private readonly CheckResult missing = CheckResult.Undecided(null, Phrase.AtLeast(nameZh(minimum)), fact.Name);
    private readonly SmallValues<T> byValue = new();

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

        return byValue.Keep(index, satisfies(value, minimum)
            ? CheckResult.Met(nameZh(value), required)
            : CheckResult.NotMet(nameZh(value), required));
    }
}
