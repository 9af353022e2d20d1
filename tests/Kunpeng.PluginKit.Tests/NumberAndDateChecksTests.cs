namespace Kunpeng.PluginKit.Tests;

public class NumberAndDateChecksTests
{
    private static readonly Check TeachingTen = Check.AtLeast(CommonFacts.TeachingYears, 10m, "年");

    [Fact]
    public void A_number_exactly_at_its_bound_is_met()
    {
        var result = TeachingTen.Evaluate(new() { TeachingYears = 10m }, Dates.Reference);

        Assert.Equal(ConditionStatus.Met, result.Status);
        Assert.Equal("10 年", result.Found);
        Assert.Equal("≥ 10 年", result.Required);
    }

    [Theory]
    [InlineData(9)]
    [InlineData(9.5)]
    public void A_number_below_its_bound_is_not_met(decimal years) =>
        Assert.Equal(ConditionStatus.NotMet, TeachingTen.Evaluate(new() { TeachingYears = years }, Dates.Reference).Status);

    [Fact]
    public void Fractions_read_as_entered() =>
        Assert.Equal("9.5 年", TeachingTen.Evaluate(new() { TeachingYears = 9.5m }, Dates.Reference).Found);

    [Fact]
    public void Revenue_reads_with_thousands_separators()
    {
        var check = Check.AtLeast(CommonFacts.Enterprise.AnnualRevenue, 3_000_000m, "元");
        var result = check.Evaluate(new() { Enterprise = new() { AnnualRevenue = 2_999_999m } }, Dates.Reference);

        Assert.Equal(ConditionStatus.NotMet, result.Status);
        Assert.Equal("2,999,999 元", result.Found);
        Assert.Equal("≥ 3,000,000 元", result.Required);
    }

    [Fact]
    public void An_enterprise_fact_is_missing_when_the_enterprise_is()
    {
        var result = Check.AtLeast(CommonFacts.Enterprise.AnnualRevenue, 3_000_000m, "元").Evaluate(new(), Dates.Reference);

        Assert.Equal(["enterprise.annualRevenue"], result.MissingFacts);
    }

    [Fact]
    public void Integer_facts_count_too() =>
        Assert.Equal(ConditionStatus.Met,
            Check.AtLeast(CommonFacts.ApprenticesTrained, 3, "人").Evaluate(new() { ApprenticesTrained = 3 }, Dates.Reference).Status);

    [Fact]
    public void Years_since_a_date_are_complete_on_the_anniversary()
    {
        var check = Check.YearsSinceAtLeast(CommonFacts.DivisionLevelSince, 3);

        var onAnniversary = check.Evaluate(new() { DivisionLevelSince = Dates.Reference.AddYears(-3) }, Dates.Reference);
        var dayShort = check.Evaluate(new() { DivisionLevelSince = Dates.Reference.AddYears(-3).AddDays(1) }, Dates.Reference);

        Assert.Equal(ConditionStatus.Met, onAnniversary.Status);
        Assert.Equal("3 年（2012-10-31 起）", onAnniversary.Found);
        Assert.Equal("≥ 3 年", onAnniversary.Required);
        Assert.Equal(ConditionStatus.NotMet, dayShort.Status);
        Assert.Equal("2 年（2012-11-01 起）", dayShort.Found);
    }

    [Fact]
    public void A_start_after_the_reference_date_counts_as_zero_years() =>
        Assert.StartsWith("0 年", Check.YearsSinceAtLeast(CommonFacts.SectionChiefSince, 3)
            .Evaluate(new() { SectionChiefSince = Dates.Reference.AddYears(2) }, Dates.Reference).Found);

    [Fact]
    public void Missing_numbers_and_dates_are_undecided_naming_them()
    {
        Assert.Equal(["teachingYears"], TeachingTen.Evaluate(new(), Dates.Reference).MissingFacts);
        Assert.Equal(["divisionLevelSince"],
            Check.YearsSinceAtLeast(CommonFacts.DivisionLevelSince, 3).Evaluate(new(), Dates.Reference).MissingFacts);
    }
}
