using System.Text.Json;

namespace Kunpeng.Host.Api;

/// <summary>The kebab-case names enums take on the wire.</summary>
internal static class ApiNames
{
    public static string Of<T>(T value) where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
