namespace Kunpeng.PluginKit.Tests;

/// <summary>城建 拔尖: 年龄不超过55岁（女性不超过50岁）.</summary>
public class GenderSpecificAgeTests
{
    private static readonly Check AtMost55Women50 = Check.AgeAtMost(55, womenAtMost: 50);

    private static CheckResult Evaluate(DateOnly? birthDate, Gender? gender) =>
        AtMost55Women50.Evaluate(new CandidateProfile { BirthDate = birthDate, Gender = gender }, Dates.Reference);

    [Fact]
    public void Within_the_lower_limit_gender_is_not_needed()
    {
        var result = Evaluate(Dates.LastDayAged(50), gender: null);

        Assert.Equal(ConditionStatus.Met, result.Status);
        Assert.Empty(result.MissingFacts);
        Assert.Equal("≤ 55 周岁（女性 ≤ 50 周岁）", result.Required);
    }

    [Fact]
    public void Between_the_limits_missing_gender_is_undecided_naming_it()
    {
        var result = Evaluate(Dates.BirthdayOn(51), gender: null);

        Assert.Equal(ConditionStatus.Undecided, result.Status);
        Assert.Equal(["gender"], result.MissingFacts);
        Assert.Equal("51 周岁", result.Found);
    }

    [Fact]
    public void A_woman_one_day_past_her_limit_is_not_met()
    {
        var result = Evaluate(Dates.BirthdayOn(51), Gender.Female);

        Assert.Equal(ConditionStatus.NotMet, result.Status);
        Assert.Equal("51 周岁，女", result.Found);
    }

    [Fact]
    public void A_woman_on_her_last_day_aged_50_is_met() =>
        Assert.Equal(ConditionStatus.Met, Evaluate(Dates.LastDayAged(50), Gender.Female).Status);

    [Fact]
    public void A_man_on_his_last_day_aged_55_is_met() =>
        Assert.Equal(ConditionStatus.Met, Evaluate(Dates.LastDayAged(55), Gender.Male).Status);

    [Fact]
    public void A_man_on_his_56th_birthday_is_not_met() =>
        Assert.Equal(ConditionStatus.NotMet, Evaluate(Dates.BirthdayOn(56), Gender.Male).Status);

    [Fact]
    public void Beyond_both_limits_is_not_met_without_asking_for_gender()
    {
        var result = Evaluate(Dates.BirthdayOn(56), gender: null);

        Assert.Equal(ConditionStatus.NotMet, result.Status);
        Assert.Empty(result.MissingFacts);
    }

    [Fact]
    public void Missing_birth_date_is_undecided_naming_only_the_birth_date() =>
        Assert.Equal(["birthDate"], Evaluate(birthDate: null, gender: null).MissingFacts);

    [Fact]
    public void It_declares_both_facts_it_may_read() =>
        Assert.Equal(["birthDate", "gender"], AtMost55Women50.Facts.Select(f => f.Name));
}
