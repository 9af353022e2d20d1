namespace Kunpeng.PluginKit.Tests;

/// <summary>The reference date the tests assess at: the culture domain's 31 October nomination deadline.</summary>
internal static class Dates
{
    public static readonly DateOnly Reference = new(2015, 10, 31);

    /// <summary>Born so that the reference date is exactly their <paramref name="age"/>th birthday.</summary>
    public static DateOnly BirthdayOn(int age) => Reference.AddYears(-age);

    /// <summary>Born so that the reference date is the last day they are <paramref name="age"/> (the day before the next birthday).</summary>
    public static DateOnly LastDayAged(int age) => Reference.AddYears(-(age + 1)).AddDays(1);
}
