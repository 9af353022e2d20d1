using System.Globalization;

namespace Kunpeng.Web.Text;

/// <summary>
/// The client runs with invariant globalization (no ICU data to download); this culture gives the
/// date picker Chinese month and day names and the glossary's formats (2015-10-31, 10,000).
/// </summary>
public static class ChineseCulture
{
    public static CultureInfo Instance { get; } = Create();

    public static void Apply()
    {
        CultureInfo.DefaultThreadCurrentCulture = Instance;
        CultureInfo.DefaultThreadCurrentUICulture = Instance;
        CultureInfo.CurrentCulture = Instance;
        CultureInfo.CurrentUICulture = Instance;
    }

    private static CultureInfo Create()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        var dates = culture.DateTimeFormat;
        string[] months = ["一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "十一月", "十二月", ""];
        dates.MonthNames = months;
        dates.MonthGenitiveNames = months;
        dates.AbbreviatedMonthNames = months;
        dates.AbbreviatedMonthGenitiveNames = months;
        dates.DayNames = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];
        dates.AbbreviatedDayNames = ["日", "一", "二", "三", "四", "五", "六"];
        dates.ShortestDayNames = ["日", "一", "二", "三", "四", "五", "六"];
        dates.ShortDatePattern = "yyyy-MM-dd";
        dates.LongDatePattern = "yyyy年M月d日";
        dates.YearMonthPattern = "yyyy年M月";
        dates.MonthDayPattern = "M月d日";
        dates.FirstDayOfWeek = DayOfWeek.Monday;
        dates.AMDesignator = "上午";
        dates.PMDesignator = "下午";
        return culture;
    }
}
