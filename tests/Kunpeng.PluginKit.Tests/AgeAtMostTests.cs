namespace Kunpeng.PluginKit.Tests;

public class AgeAtMostTests
{
    private static readonly Check AtMost40 = Check.AgeAtMost(40);

    private static CheckResult Evaluate(Check check, DateOnly? birthDate, Gender? gender = null) =>
        check.Evaluate(new CandidateProfile { BirthDate = birthDate, Gender = gender }, Dates.Reference);

    [Fact]
    public void Aged_exactly_40_on_the_reference_date_is_met()
    {
        var result = Evaluate(AtMost40, Dates.BirthdayOn(40));

        Assert.Equal(ConditionStatus.Met, result.Status);
        Assert.Equal("40 周岁", result.Found);
        Assert.Equal("≤ 40 周岁", result.Required);
    }

    [Fact]
    public void The_last_day_aged_40_is_still_met() =>
        Assert.Equal(ConditionStatus.Met, Evaluate(AtMost40, Dates.LastDayAged(40)).Status);

    [Fact]
    public void One_day_older_than_the_last_day_aged_40_is_not_met()
    {
        var result = Evaluate(AtMost40, Dates.LastDayAged(40).AddDays(-1));

        Assert.Equal(ConditionStatus.NotMet, result.Status);
        Assert.Equal("41 周岁", result.Found);
    }

    [Fact]
    public void Missing_birth_date_is_undecided_naming_it()
    {
        var result = Evaluate(AtMost40, birthDate: null);

        Assert.Equal(ConditionStatus.Undecided, result.Status);
        Assert.Null(result.Found);
        Assert.Equal(["birthDate"], result.MissingFacts);
    }

    [Fact]
    public void It_reads_only_the_birth_date() =>
        Assert.Equal(["birthDate"], AtMost40.Facts.Select(f => f.Name));
}
