using System.Globalization;
using System.Numerics;

namespace Kunpeng.PluginKit;

/// <summary>
/// How outcomes phrase what was found and what is required: the review panel reads them beside the
/// Chinese clause, so they use the clause's units and plain comparison signs ("12 年", "≥ 10 年").
/// </summary>
internal static class Phrase
{
    /// <summary>Separates the parts of a composite (两项条件之间).</summary>
    public const string PartSeparator = "；";

    public static string AtLeast(string value) => $"≥ {value}";

    public static string AtMost(string value) => $"≤ {value}";

    /// <summary>A number with its unit; integers print without decimals, fractions as entered (9.5 年).</summary>
    public static string Amount<T>(T value, string unitZh) where T : struct, INumber<T> =>
        $"{value.ToString("#,0.##", CultureInfo.InvariantCulture)} {unitZh}";

    public static string Age(int years) => years is >= 0 and < 150 ? (Ages[years] ??= $"{years} 周岁") : $"{years} 周岁";

    // Filled as ages occur; a race writes the same text twice.
    private static readonly string?[] Ages = new string?[150];

    public static string YesNo(bool value) => value ? "是" : "否";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A part of a composite, prefixed by what it is about: "学术著作：否".</summary>
    public static string Labelled(string labelZh, string? text) => $"{labelZh}：{text ?? "缺少"}";
}
