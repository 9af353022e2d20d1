using Kunpeng.Abstractions;

namespace Kunpeng.PluginKit;

/// <summary>年龄不超过 N 周岁, optionally with a different limit for women (城建: 55, 女性 50).</summary>
internal sealed class AgeAtMostCheck : Check
{
    private readonly int years;
    private readonly int? womenAtMost;

    public AgeAtMostCheck(int years, int? womenAtMost)
        : base("年龄", womenAtMost is null
            ? [CommonFacts.BirthDate.Definition]
            : [CommonFacts.BirthDate.Definition, CommonFacts.Gender.Definition])
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(years);
        if (womenAtMost is { } women)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(women, nameof(womenAtMost));
        }

        this.years = years;
        this.womenAtMost = womenAtMost;
    }

    public override CheckResult Evaluate(CandidateProfile profile, DateOnly referenceDate)
    {
        var required = womenAtMost is { } women
            ? $"{Phrase.AtMost(Phrase.Age(years))}（女性 {Phrase.AtMost(Phrase.Age(women))}）"
            : Phrase.AtMost(Phrase.Age(years));
        if (!CommonFacts.BirthDate.TryRead(profile, out var birthDate))
        {
            return CheckResult.Undecided(null, required, CommonFacts.BirthDate.Name);
        }

        var age = WholeYears.Between(birthDate, referenceDate);
        var found = Phrase.Age(age);
        if (womenAtMost is not { } womenLimit)
        {
            return age <= years ? CheckResult.Met(found, required) : CheckResult.NotMet(found, required);
        }

        // Gender is asked for only when the two limits disagree about this age.
        var lower = Math.Min(years, womenLimit);
        var upper = Math.Max(years, womenLimit);
        if (age <= lower)
        {
            return CheckResult.Met(found, required);
        }

        if (age > upper)
        {
            return CheckResult.NotMet(found, required);
        }

        if (!CommonFacts.Gender.TryRead(profile, out var gender))
        {
            return CheckResult.Undecided(found, required, CommonFacts.Gender.Name);
        }

        var limit = gender == Gender.Female ? womenLimit : years;
        var foundWithGender = $"{found}，{ChineseNames.Of(gender)}";
        return age <= limit ? CheckResult.Met(foundWithGender, required) : CheckResult.NotMet(foundWithGender, required);
    }
}
