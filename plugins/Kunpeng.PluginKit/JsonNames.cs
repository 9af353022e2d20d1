using System.Text.Json;
using Kunpeng.Abstractions;

namespace Kunpeng.PluginKit;

/// <summary>
/// The JSON spelling of the shared vocabulary: camelCase fact names, kebab-case enumeration values,
/// the same policies the host serializes with, so a fact's declared name and allowed values are
/// exactly what a REST consumer sends.
/// </summary>
internal static class JsonNames
{
    /// <summary>The kebab-case value of an enumeration member, e.g. <c>associate-senior</c>.</summary>
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
        JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    /// <summary>Every kebab-case value of an enumeration, in declaration order.</summary>
    public static IReadOnlyList<string> AllOf<TEnum>() where TEnum : struct, Enum =>
        [.. Enum.GetValues<TEnum>().Select(Of)];

    /// <summary>The camelCase name of a <see cref="CandidateProfile"/> or <see cref="EnterpriseProfile"/> property.</summary>
    public static string OfProperty(string propertyName) => JsonNamingPolicy.CamelCase.ConvertName(propertyName);
}
