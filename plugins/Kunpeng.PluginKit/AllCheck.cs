using Kunpeng.Abstractions;

namespace Kunpeng.PluginKit;

/// <summary>
/// Several requirements of the same kind stated together. One part not met decides the whole (the
/// missing facts of the others could not change that); otherwise a missing fact keeps it undecided.
/// </summary>
internal sealed class AllCheck : Check
{
    private readonly IReadOnlyList<Check> parts;

    public AllCheck(IEnumerable<Check> parts)
        : this(Materialize(parts))
    {
    }

    private AllCheck(IReadOnlyList<Check> parts)
        : base(string.Join("、", parts.Select(p => p.LabelZh)), parts.SelectMany(p => p.Facts))
    {
        this.parts = parts;
    }

    public override CheckResult Evaluate(CandidateProfile profile, DateOnly referenceDate)
    {
        var results = parts.Select(p => p.Evaluate(profile, referenceDate)).ToList();
        var found = string.Join(Phrase.PartSeparator, parts.Zip(results, (p, r) => Phrase.Labelled(p.LabelZh, r.Found)));
        var required = string.Join(Phrase.PartSeparator, parts.Zip(results, (p, r) => Phrase.Labelled(p.LabelZh, r.Required)));

        if (results.Any(r => r.Status == ConditionStatus.NotMet))
        {
            return CheckResult.NotMet(found, required);
        }

        return results.All(r => r.Status == ConditionStatus.Met)
            ? CheckResult.Met(found, required)
            : CheckResult.Undecided(found, required, results.SelectMany(r => r.MissingFacts));
    }

    private static IReadOnlyList<Check> Materialize(IEnumerable<Check> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        IReadOnlyList<Check> list = [.. parts];
        if (list.Count < 2 || list.Any(p => p is null))
        {
            throw new ArgumentException("All combines two or more checks.", nameof(parts));
        }

        return list;
    }
}
