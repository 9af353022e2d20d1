using Kunpeng.Abstractions;

namespace Kunpeng.PluginKit;

/// <summary>
/// A tenure counted from a date (担任处级干部3年以上): whole years from the date to the reference
/// date, the same way ages are counted, so three years are complete on the third anniversary.
/// </summary>
internal sealed class YearsSinceAtLeastCheck : Check
{
    private readonly Fact<DateOnly> since;
    private readonly int years;
    private readonly string required;
    private readonly CheckResult missing;

    public YearsSinceAtLeastCheck(Fact<DateOnly> since, int years)
        : base(since.LabelZh, [since.Definition])
    {
        ArgumentOutOfRangeException.ThrowIfNegative(years);
        this.since = since;
        this.years = years;
        required = Phrase.AtLeast(Phrase.Amount(years, "年"));
        missing = CheckResult.Undecided(null, required, since.Name);
    }

    public override CheckResult Evaluate(CandidateProfile profile, DateOnly referenceDate)
    {
        if (!since.TryRead(profile, out var start))
        {
            return missing;
        }

        // A start after the reference date is a tenure not yet begun: zero years, not a negative count.
        var completed = Math.Max(0, WholeYears.Between(start, referenceDate));
        var found = $"{Phrase.Amount(completed, "年")}（{Phrase.Date(start)} 起）";
        return completed >= years ? CheckResult.Met(found, required) : CheckResult.NotMet(found, required);
    }
}
