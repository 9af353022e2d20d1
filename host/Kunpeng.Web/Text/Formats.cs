using System.Globalization;

namespace Kunpeng.Web.Text;

/// <summary>Dates and amounts as Chinese offices write them (glossary: 2015-10-31 in forms, 10,000元).</summary>
public static class Formats
{
    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    public static string Date(DateTime? utc) => utc is { } t ? District(t).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "—";

    public static string DateTime(DateTime? utc) => utc is { } t ? District(t).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "—";

    public static string DateTime(DateTimeOffset? at) => at is { } t ? DateTime(t.UtcDateTime) : "—";

    /// <summary>A date in a document: 2015年10月31日.</summary>
    public static string DocumentDate(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    public static string Amount(decimal? amount) => amount is { } a ? a.ToString("#,0.##", CultureInfo.InvariantCulture) + "元" : "—";

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? ParseIso(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>Today where the programme runs (UTC+8), for deadlines.</summary>
    public static DateOnly DistrictToday() => DateOnly.FromDateTime(District(System.DateTime.UtcNow));

    private static DateTime District(DateTime utc) =>
        (utc.Kind == DateTimeKind.Local ? utc.ToUniversalTime() : utc).AddHours(8);
}
