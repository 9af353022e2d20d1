using System.Globalization;
using Kunpeng.Host.Eligibility;

namespace Kunpeng.Host.Demo;

/// <summary>
/// Resident IDs for the demo's persons (GB 11643): the Wuqing region code, the birth date, a
/// sequence whose last digit is odd for men and even for women, and the check character.
/// </summary>
public static class DemoResidentIds
{
    /// <summary>武清 (Tianjin), as on IDs issued there before the county became a district.</summary>
    public const string WuqingRegion = "120222";

    /// <summary>A valid 18-character ID; <paramref name="sequence"/> (0–99) picks the person among those born that day.</summary>
    public static string For(DateOnly birthDate, bool male, int sequence)
    {
        if (sequence is < 0 or > 99)
        {
            throw new ArgumentOutOfRangeException(nameof(sequence), sequence, "0–99.");
        }

        var order = sequence * 10 + (male ? 1 : 2);
        var first17 = WuqingRegion + birthDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + order.ToString("D3", CultureInfo.InvariantCulture);
        return first17 + ResidentIdentityNumber.CheckCharacterOf(first17);
    }
}
