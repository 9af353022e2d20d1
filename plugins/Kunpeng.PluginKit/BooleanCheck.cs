using Kunpeng.Abstractions;

namespace Kunpeng.PluginKit;

/// <summary>A yes/no fact that must have one value (具有职业经理人资格; 未涉足高污染行业).</summary>
internal sealed class BooleanCheck(Fact<bool> fact, bool expected) : Check(fact.LabelZh, [fact.Definition])
{
    // Three possible results, all immutable: made once.
    private readonly CheckResult missing = CheckResult.Undecided(null, Phrase.YesNo(expected), fact.Name);
    private readonly CheckResult met = CheckResult.Met(Phrase.YesNo(expected), Phrase.YesNo(expected));
    private readonly CheckResult notMet = CheckResult.NotMet(Phrase.YesNo(!expected), Phrase.YesNo(expected));

    public override CheckResult Evaluate(CandidateProfile profile, DateOnly referenceDate)
    {
        if (!fact.TryRead(profile, out var value))
        {
            return missing;
        }

        return value == expected ? met : notMet;
    }
}
