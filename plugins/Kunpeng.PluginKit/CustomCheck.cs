using Kunpeng.Abstractions;

namespace Kunpeng.PluginKit;

/// <summary>A plugin's own check; the kit still holds it to naming only facts it declared.</summary>
internal sealed class CustomCheck : Check
{
    private readonly Func<CandidateProfile, DateOnly, CheckResult> evaluate;

    public CustomCheck(string labelZh, Func<CandidateProfile, DateOnly, CheckResult> evaluate, IEnumerable<FactDefinition> facts)
        : base(labelZh, facts)
    {
        ArgumentNullException.ThrowIfNull(evaluate);
        if (Facts.Count == 0)
        {
            throw new ArgumentException("A check reads at least one fact; a condition no fact can decide is qualitative.", nameof(facts));
        }

        this.evaluate = evaluate;
    }

    public override CheckResult Evaluate(CandidateProfile profile, DateOnly referenceDate)
    {
        var result = evaluate(profile, referenceDate)
            ?? throw new InvalidOperationException($"The custom check '{LabelZh}' returned no result.");
        if (!AllDeclared(result.MissingFacts))
        {
            var undeclared = result.MissingFacts.Where(name => Facts.All(f => f.Name != name)).ToList();
            throw new InvalidOperationException(
                $"The custom check '{LabelZh}' reports missing facts it did not declare ({string.Join(", ", undeclared)}); " +
                "declare them so the host validates and documents them.");
        }

        return result;
    }

    private bool AllDeclared(IReadOnlyList<string> names)
    {
        for (var i = 0; i < names.Count; i++)
        {
            var declared = false;
            for (var f = 0; f < Facts.Count && !declared; f++)
            {
                declared = Facts[f].Name == names[i];
            }

            if (!declared)
            {
                return false;
            }
        }

        return true;
    }
}
