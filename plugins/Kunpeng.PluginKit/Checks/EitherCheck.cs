using Kunpeng.Abstractions;

namespace Kunpeng.PluginKit;

/// <summary>
/// "A 或 B" inside one clause. A missing fact on one side keeps the check undecided unless the other
/// side is already met: the missing fact could be the one that satisfies the clause.
/// </summary>
internal sealed class EitherCheck : Check
{
    private readonly Check first;
    private readonly Check second;

    public EitherCheck(Check first, Check second)
        : base($"{first.LabelZh}或{second.LabelZh}", [.. first.Facts, .. second.Facts])
    {
        this.first = first;
        this.second = second;
    }

    public override CheckResult Evaluate(CandidateProfile profile, DateOnly referenceDate)
    {
        var a = first.Evaluate(profile, referenceDate);
        var b = second.Evaluate(profile, referenceDate);
        var found = string.Join(Phrase.PartSeparator, Phrase.Labelled(first.LabelZh, a.Found), Phrase.Labelled(second.LabelZh, b.Found));
        var required = $"{Phrase.Labelled(first.LabelZh, a.Required)}{Phrase.PartSeparator}或 {Phrase.Labelled(second.LabelZh, b.Required)}";

        if (a.Status == ConditionStatus.Met || b.Status == ConditionStatus.Met)
        {
            return CheckResult.Met(found, required);
        }

        if (a.Status == ConditionStatus.NotMet && b.Status == ConditionStatus.NotMet)
        {
            return CheckResult.NotMet(found, required);
        }

        return CheckResult.Undecided(found, required, [.. a.MissingFacts, .. b.MissingFacts]);
    }
}
