namespace Kunpeng.PluginKit.Tests;

/// <summary>
/// 近五年: the five calendar years refYear-4 … refYear (2011–2015 for a 2015 reference date);
/// earlier and later years do not count.
/// </summary>
public class LastFiveYearsTests
{
    private static readonly Check TwoPapersOneMunicipal = Check.InLastFiveYears(CommonFacts.Papers)
        .AtLeast(2, "篇")
        .OfWhich(1, "市级及以上", p => p.Recognition >= RecognitionLevel.Municipal);

    private static CheckResult Papers(params PaperRecord[] papers) =>
        TwoPapersOneMunicipal.Evaluate(new() { Papers = papers }, Dates.Reference);

    [Fact]
    public void The_window_is_the_reference_year_and_the_four_before_it()
    {
        var window = LastFiveYears.EndingAt(Dates.Reference);

        Assert.Equal((2011, 2015), (window.FirstYear, window.LastYear));
        Assert.True(window.Contains(2011));
        Assert.True(window.Contains(2015));
        Assert.False(window.Contains(2010));
        Assert.False(window.Contains(2016));
    }

    [Fact]
    public void Records_at_both_edges_of_the_window_count()
    {
        var result = Papers(new(2011, RecognitionLevel.Municipal), new(2015, RecognitionLevel.None));

        Assert.Equal(ConditionStatus.Met, result.Status);
        Assert.Equal("2 篇，其中市级及以上 1 篇", result.Found);
        Assert.Equal("近五年（2011–2015）≥ 2 篇，其中市级及以上 ≥ 1 篇", result.Required);
    }

    [Fact]
    public void A_record_one_year_before_the_window_does_not_count() =>
        Assert.Equal(ConditionStatus.NotMet, Papers(new(2010, RecognitionLevel.Municipal), new(2015, RecognitionLevel.None)).Status);

    [Fact]
    public void A_record_after_the_reference_year_does_not_count() =>
        Assert.Equal(ConditionStatus.NotMet, Papers(new(2016, RecognitionLevel.Municipal), new(2015, RecognitionLevel.None)).Status);

    [Fact]
    public void The_of_which_record_must_be_among_those_in_the_window()
    {
        var result = Papers(new(2009, RecognitionLevel.National), new(2012, RecognitionLevel.District), new(2013, RecognitionLevel.None));

        Assert.Equal(ConditionStatus.NotMet, result.Status);
        Assert.Equal("2 篇，其中市级及以上 0 篇", result.Found);
    }

    [Fact]
    public void No_records_given_is_undecided_but_an_empty_list_is_not_met()
    {
        var missing = TwoPapersOneMunicipal.Evaluate(new(), Dates.Reference);
        var none = Papers();

        Assert.Equal(ConditionStatus.Undecided, missing.Status);
        Assert.Equal(["papers"], missing.MissingFacts);
        Assert.Equal(ConditionStatus.NotMet, none.Status);
        Assert.Equal("0 篇，其中市级及以上 0 篇", none.Found);
    }

    [Fact]
    public void Qualifiers_narrow_what_is_counted()
    {
        var check = Check.InLastFiveYears(CommonFacts.ResearchProjects).Where("前3名", p => p.Rank <= 3).AtLeast(1, "项");

        var third = check.Evaluate(new() { ResearchProjects = [new(2013, ProjectLevel.District, 3, ProjectStatus.Completed)] }, Dates.Reference);
        var fourth = check.Evaluate(new() { ResearchProjects = [new(2013, ProjectLevel.District, 4, ProjectStatus.Completed)] }, Dates.Reference);

        Assert.Equal(ConditionStatus.Met, third.Status);
        Assert.Equal("近五年（2011–2015）前3名 ≥ 1 项", third.Required);
        Assert.Equal(ConditionStatus.NotMet, fourth.Status);
    }

    [Fact]
    public void An_ongoing_project_started_before_the_window_is_carried_out_within_it()
    {
        var check = Check.InLastFiveYears(CommonFacts.ResearchProjects).AtLeast(1, "项");

        var ongoing = check.Evaluate(new() { ResearchProjects = [new(2008, ProjectLevel.District, 1, ProjectStatus.Ongoing)] }, Dates.Reference);
        var completed = check.Evaluate(new() { ResearchProjects = [new(2008, ProjectLevel.District, 1, ProjectStatus.Completed)] }, Dates.Reference);
        var future = check.Evaluate(new() { ResearchProjects = [new(2016, ProjectLevel.District, 1, ProjectStatus.Ongoing)] }, Dates.Reference);

        Assert.Equal(ConditionStatus.Met, ongoing.Status);
        Assert.Equal(ConditionStatus.NotMet, completed.Status);
        Assert.Equal(ConditionStatus.NotMet, future.Status);
    }

    [Fact]
    public void Of_which_cannot_ask_for_more_than_the_total() =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            Check.InLastFiveYears(CommonFacts.Papers).AtLeast(1, "篇").OfWhich(2, "市级及以上", _ => true));
}
