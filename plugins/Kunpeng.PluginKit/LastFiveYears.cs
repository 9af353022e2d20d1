using System.Globalization;

namespace Kunpeng.PluginKit;

/// <summary>
/// "近五年" (within the last five years), as this project reads it: the five calendar years ending
/// with the reference date's year, i.e. <c>refYear - 4</c> through <c>refYear</c>, both included.
/// </summary>
/// <remarks>
/// Why calendar years: the profile records papers, projects and honours by year only, so a window
/// measured in days could not be applied to them. Counting the reference year itself follows
/// 以内 including its bound (docs/domains.md); records dated after the reference year are outside
/// the window (they could not have existed at the nomination deadline).
/// For a reference date of 2015-10-31 the window is 2011–2015.
/// </remarks>
/// <param name="FirstYear">The earliest year inside the window.</param>
/// <param name="LastYear">The reference date's year, the latest year inside the window.</param>
public readonly record struct LastFiveYears(int FirstYear, int LastYear)
{
    /// <summary>The window for a reference date.</summary>
    public static LastFiveYears EndingAt(DateOnly referenceDate) => new(referenceDate.Year - 4, referenceDate.Year);

    /// <summary>Whether a record dated <paramref name="year"/> falls inside the window.</summary>
    public bool Contains(int year) => year >= FirstYear && year <= LastYear;

    /// <summary>"近五年（2011–2015）".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"近五年（{FirstYear}–{LastYear}）");
}
