using System.Globalization;
using Kunpeng.Host.Eligibility;

namespace Kunpeng.Workflow.Tests.Infrastructure;

/// <summary>Valid 18-character resident IDs for tests (region 120222, Wuqing).</summary>
public static class ResidentIds
{
    private static int _sequence;

    /// <summary>A fresh valid ID for the birth date; odd sequence for men, even for women.</summary>
    public static string Next(DateOnly birthDate, bool male = true)
    {
        var seq = Interlocked.Increment(ref _sequence) % 500 * 2 + (male ? 1 : 0);
        return Make(birthDate, seq);
    }

    public static string Make(DateOnly birthDate, int sequence)
    {
        var first17 = "120222" + birthDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + (sequence % 1000).ToString("D3", CultureInfo.InvariantCulture);
        return first17 + ResidentIdentityNumber.CheckCharacterOf(first17);
    }
}
