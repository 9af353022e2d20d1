using Kunpeng.Abstractions;

namespace Kunpeng.PluginKit;

/// <summary>A yes/no fact that must have one value (具有职业经理人资格; 未涉足高污染行业).</summary>
internal sealed class BooleanCheck(Fact<bool> fact, bool expected) : Check(fact.LabelZh, [fact.Definition])
{
    public override CheckResult Evaluate(CandidateProfile profile, DateOnly referenceDate)
    {
        var required = Phrase.YesNo(expected);
        if (!fact.TryRead(profile, out var value))
        {
            return CheckResult.Undecided(null, required, fact.Name);
        }

        return value == expected
            ? CheckResult.Met(Phrase.YesNo(value), required)
            : CheckResult.NotMet(Phrase.YesNo(value), required);
    }
}
