namespace Kunpeng.Host.Tests.Infrastructure;

/// <summary>Builds GB 11643 resident ID numbers for test candidates (Wuqing district, 120114).</summary>
public static class ResidentIds
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    public static string For(DateOnly birthDate, bool male, int sequence = 12)
    {
        // Digit 17 is odd for men, even for women.
        var order = sequence * 10 % 1000 + (male ? 1 : 2);
        var body = $"120114{birthDate:yyyyMMdd}{order:000}";
        var sum = body.Select((c, i) => (c - '0') * Weights[i]).Sum();
        return body + CheckCharacters[sum % 11];
    }
}
