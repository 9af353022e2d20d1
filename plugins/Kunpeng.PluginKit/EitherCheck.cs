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
    private readonly TextCache<(string? First, string? Second)> foundTexts;
    private readonly TextCache<(string? First, string? Second)> requiredTexts;

    public EitherCheck(Check first, Check second)
        : base($"{first.LabelZh}或{second.LabelZh}", [.. first.Facts, .. second.Facts])
    {
        this.first = first;
        this.second = second;
        foundTexts = new(found =>
            string.Join(Phrase.PartSeparator, Phrase.Labelled(first.LabelZh, found.First), Phrase.Labelled(second.LabelZh, found.Second)),
            SameStrings.Instance);
        requiredTexts = new(required =>
            $"{Phrase.Labelled(first.LabelZh, required.First)}{Phrase.PartSeparator}或 {Phrase.Labelled(second.LabelZh, required.Second)}",
            SameStrings.Instance);
    }

    public override CheckResult Evaluate(CandidateProfile profile, DateOnly referenceDate)
    {
        var a = first.Evaluate(profile, referenceDate);
        var b = second.Evaluate(profile, referenceDate);
        var found = foundTexts.Get((a.Found, b.Found));
        var required = requiredTexts.Get((a.Required, b.Required));

        if (a.Status == ConditionStatus.Met || b.Status == ConditionStatus.Met)
        {
            return CheckResult.Met(found, required);
        }

        if (a.Status == ConditionStatus.NotMet && b.Status == ConditionStatus.NotMet)
        {
            return CheckResult.NotMet(found, required);
        }

        return CheckResult.UndecidedDistinct(found, required, MissingFacts.Union(a.MissingFacts, b.MissingFacts));
    }
}
