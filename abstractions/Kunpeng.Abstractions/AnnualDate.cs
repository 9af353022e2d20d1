namespace Kunpeng.Abstractions;

/// <summary>A day of the year without the year, e.g. 31 October for "每年10月底前".</summary>
/// <param name="Month">1–12.</param>
/// <param name="Day">1–31, valid for the month.</param>
public sealed record AnnualDate(int Month, int Day)
{
    /// <summary>This day in the given year.</summary>
    public DateOnly In(int year) => new(year, Month, Day);
}
