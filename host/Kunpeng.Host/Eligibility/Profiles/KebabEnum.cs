using Kunpeng.Host.Workflow;
using System.Text;
using System.Text.Json;

namespace Kunpeng.Host.Eligibility.Profiles;

/// <summary>
/// The kebab-case wire names of an enum (<c>associate-senior</c>), matched against the reader's
/// UTF-8 bytes without allocating a string, so reading a profile's enums costs no garbage.
/// </summary>
internal static class KebabEnum<TEnum> where TEnum : struct, Enum
{
    // Initialized in this order: each reads the one before.
    private static readonly TEnum[] Values = Enum.GetValues<TEnum>();
    private static readonly string[] WireNames = Values.Select(v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString())).ToArray();
    private static readonly byte[][] Utf8Names = WireNames.Select(Encoding.UTF8.GetBytes).ToArray();

    /// <summary>The wire names, in declaration order.</summary>
    public static IReadOnlyList<string> Names => WireNames;

    /// <summary>The wire names as a readable list, for error messages.</summary>
    public static string Allowed { get; } = string.Join(", ", WireNames);

    /// <summary>Matches the current string token; false for any other value (case matters, as for every name on the wire).</summary>
    public static bool TryMatch(ref Utf8JsonReader reader, out TEnum value)
    {
        for (var i = 0; i < Utf8Names.Length; i++)
        {
            if (reader.ValueTextEquals(Utf8Names[i]))
            {
                value = Values[i];
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>The wire name of <paramref name="value"/>.</summary>
    public static string NameOf(TEnum value) => WireNames[Array.IndexOf(Values, value)];
}
