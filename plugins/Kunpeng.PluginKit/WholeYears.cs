namespace Kunpeng.PluginKit;

/// <summary>
/// Whole years completed between two dates: how the rules count both ages (周岁) and tenures
/// (担任处级干部3年以上). A person is N on their Nth birthday and stays N until the day before
/// their (N+1)th, so "不超过40周岁" holds up to and including the day before the 41st birthday.
/// </summary>
public static class WholeYears
{
    /// <summary>Whole years from <paramref name="from"/> to <paramref name="to"/>; negative when <paramref name="to"/> is earlier.</summary>
    /// <remarks>
    /// A 29 February start has its anniversary on 28 February in common years
    /// (<see cref="DateOnly.AddYears"/>), so a person born on 29 February 1976 turns 41 on 28 February 2017.
    /// </remarks>
    public static int Between(DateOnly from, DateOnly to)
    {
        var years = to.Year - from.Year;
        if (years > 0 && from.AddYears(years) > to)
        {
            years--;
        }
        else if (years < 0 && from.AddYears(years) < to)
        {
            years++;
        }

        return years;
    }
}
