using Kunpeng.Abstractions;

namespace Kunpeng.PluginKit;

/// <summary>年龄不超过 N 周岁, optionally with a different limit for women (城建: 55, 女性 50).</summary>
internal sealed class AgeAtMostCheck : Check
{
    private readonly int years;
    private readonly int? womenAtMost;
    private readonly string required;
    private readonly CheckResult missing;
    // The result for an age the gender does not matter to, by age: made once each.
    private readonly CheckResult?[] byAge = new CheckResult?[150];

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
        required = womenAtMost is { } limit
            ? $"{Phrase.AtMost(Phrase.Age(years))}（女性 {Phrase.AtMost(Phrase.Age(limit))}）"
            : Phrase.AtMost(Phrase.Age(years));
        missing = CheckResult.Undecided(null, required, CommonFacts.BirthDate.Name);
    }

    public override CheckResult Evaluate(CandidateProfile profile, DateOnly referenceDate)
    {
        if (!CommonFacts.BirthDate.TryRead(profile, out var birthDate))
        {
            return missing;
        }

        var age = WholeYears.Between(birthDate, referenceDate);
        var kept = age is >= 0 and < 150;
        if (kept && byAge[age] is { } known)
        {
            return known;
        }

        var found = Phrase.Age(age);
        CheckResult result;
        if (womenAtMost is not { } womenLimit)
        {
            result = age <= years ? CheckResult.Met(found, required) : CheckResult.NotMet(found, required);
        }
        else
        {
            // Gender is asked for only when the two limits disagree about this age.
            var lower = Math.Min(years, womenLimit);
            var upper = Math.Max(years, womenLimit);
            if (age <= lower)
            {
                result = CheckResult.Met(found, required);
            }
            else if (age > upper)
            {
                result = CheckResult.NotMet(found, required);
            }
            else
            {
                return ByGender(profile, age, found, womenLimit);
            }
        }

        if (kept)
        {
            byAge[age] = result;
        }

        return result;
    }

    private CheckResult ByGender(CandidateProfile profile, int age, string found, int womenLimit)
    {
        if (!CommonFacts.Gender.TryRead(profile, out var gender))
        {
            return CheckResult.Undecided(found, required, CommonFacts.Gender.Name);
        }

        var limit = gender == Gender.Female ? womenLimit : years;
        var foundWithGender = $"{found}，{ChineseNames.Of(gender)}";
        return age <= limit ? CheckResult.Met(foundWithGender, required) : CheckResult.NotMet(foundWithGender, required);
    }
}
