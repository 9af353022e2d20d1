namespace Kunpeng.PluginKit.Tests;

public class WholeYearsTests
{
    [Theory]
    [InlineData("1975-10-31", "2015-10-31", 40)] // the 40th birthday itself
    [InlineData("1975-11-01", "2015-10-31", 39)] // the day before it
    [InlineData("1974-11-01", "2015-10-31", 40)] // the last day aged 40
    [InlineData("1974-10-31", "2015-10-31", 41)] // the 41st birthday
    [InlineData("2015-10-31", "2015-10-31", 0)]
    [InlineData("2016-01-01", "2015-10-31", 0)] // less than a year in the future is not a whole year
    [InlineData("2017-01-01", "2015-10-31", -1)]
    public void Counts_whole_years_completed(string from, string to, int expected) =>
        Assert.Equal(expected, WholeYears.Between(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void A_29_February_birthday_is_reached_on_28_February_in_common_years()
    {
        var born = new DateOnly(1976, 2, 29);

        Assert.Equal(40, WholeYears.Between(born, new DateOnly(2017, 2, 27)));
        Assert.Equal(41, WholeYears.Between(born, new DateOnly(2017, 2, 28)));
        Assert.Equal(40, WholeYears.Between(born, new DateOnly(2016, 2, 29)));
    }
}
