using Kunpeng.Abstractions;

namespace Kunpeng.PluginKit;

/// <summary>
/// "… 及以上" on a ranked scale (学历, 职称, 职业资格等级, 执业资格). The comparison is supplied
/// because the scales run both ways: education rises with the enum, vocational levels fall (1 is best).
/// A grade the profile says is held by none (<see cref="Fact{T}.HoldsNone"/>) is below every bound:
/// not met, where a grade not given is undecided.
/// </summary>
internal sealed class OrderedAtLeastCheck<T>(Fact<T> fact, T minimum, Func<T, T, bool> satisfies, Func<T, string> nameZh)
    : Check(fact.LabelZh, [fact.Definition])
{
    private readonly string required = Phrase.AtLeast(nameZh(minimum));
    private readonly CheckResult missing = CheckResult.Undecided(null, Phrase.AtLeast(nameZh(minimum)), fact.Name);
    private readonly CheckResult? noneHeld = fact.NoneZh is { } noneZh ? CheckResult.NotMet(noneZh, Phrase.AtLeast(nameZh(minimum))) : null;
    private readonly SmallValues<T> byValue = new();

    public override CheckResult Evaluate(CandidateProfile profile, DateOnly referenceDate)
    {
        if (!fact.TryRead(profile, out var value))
        {
            return noneHeld is not null && fact.HoldsNone(profile) ? noneHeld : missing;
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
