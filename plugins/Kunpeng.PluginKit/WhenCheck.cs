using Kunpeng.Abstractions;

namespace Kunpeng.PluginKit;

/// <summary>
/// A requirement that binds only some candidates (校（园）长应具有相应任职资格). Whether it binds is itself
/// a fact, so it is undecided when that fact is missing rather than assumed not to bind.
/// </summary>
internal sealed class WhenCheck : Check
{
    private readonly Fact<bool> applies;
    private readonly Check then;
    private readonly string notApplicableZh;
    // "label：text" for the texts the inner check reports, composed once each.
    private readonly TextCache<ValueTuple<string?>> labelled;

    public WhenCheck(Fact<bool> applies, Check then, string notApplicableZh)
        : base(then.LabelZh, [applies.Definition, .. then.Facts])
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(notApplicableZh);
        this.applies = applies;
        this.then = then;
        this.notApplicableZh = notApplicableZh;
        labelled = new(text => Phrase.Labelled(then.LabelZh, text.Item1));
    }

    public override CheckResult Evaluate(CandidateProfile profile, DateOnly referenceDate)
    {
        var result = then.Evaluate(profile, referenceDate);
        var required = labelled.Get(new(result.Required));
        if (!applies.TryRead(profile, out var binds))
        {
            return CheckResult.Undecided(null, required, applies.Name);
        }

        if (!binds)
        {
            return CheckResult.Met(notApplicableZh, required);
        }

        var found = labelled.Get(new(result.Found));
        return result.Status switch
        {
            ConditionStatus.Met => CheckResult.Met(found, required),
            ConditionStatus.NotMet => CheckResult.NotMet(found, required),
            _ => CheckResult.UndecidedDistinct(found, required, result.MissingFacts),
        };
    }
}
