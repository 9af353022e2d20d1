using System.Text.Json;

namespace Kunpeng.Host.Workflow;

/// <summary>The kebab-case names enums take on the wire (in JSON, query strings and problem messages).</summary>
public static class WireNames
{
    public static string Of<T>(T value) where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
