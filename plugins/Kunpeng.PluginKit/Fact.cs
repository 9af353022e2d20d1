using System.Text.RegularExpressions;
using Kunpeng.Abstractions;

namespace Kunpeng.PluginKit;

/// <summary>Creates facts: the shared ones live in <see cref="CommonFacts"/>; a plugin declares its own with <see cref="Additional{T}"/>.</summary>
public static partial class Fact
{
    /// <summary>
    /// A fact of the plugin's own, beyond the shared vocabulary, read from
    /// <see cref="CandidateProfile.AdditionalFacts"/> under <see cref="FactDefinition.Name"/>.
    /// Declare it once (a static field) and use it in checks; it then appears in the plugin's
    /// <see cref="IDomainCriteria.Facts"/> and the host validates and documents it.
    /// </summary>
    /// <typeparam name="T">
    /// What the host stores for the declared type: <see cref="string"/> for String and Enum,
    /// <see cref="decimal"/> for Number, <see cref="long"/> for Integer, <see cref="bool"/> for Boolean,
    /// <see cref="DateOnly"/> for Date. Arrays and objects are not available to plugin-own facts.
    /// </typeparam>
    /// <param name="definition">The declaration; its name is camelCase and not one of the shared facts.</param>
    /// <param name="labelZh">What the rules call it, e.g. 带徒传艺人数.</param>
    public static Fact<T> Additional<T>(FactDefinition definition, string labelZh)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (!CamelCaseName().IsMatch(definition.Name))
        {
            throw new ArgumentException($"A plugin's own fact is named in camelCase without dots; '{definition.Name}' is not.", nameof(definition));
        }

        if (CommonFacts.All.Any(common => common.Name == definition.Name))
        {
            throw new ArgumentException($"'{definition.Name}' is a shared fact; use CommonFacts instead of redeclaring it.", nameof(definition));
        }

        var stored = StoredType(definition.Type)
            ?? throw new ArgumentException($"A plugin's own fact cannot be of type {definition.Type}: the host stores only scalar values for them.", nameof(definition));
        if (stored != typeof(T))
        {
            throw new ArgumentException($"A {definition.Type} fact is read as {stored.Name}, not {typeof(T).Name}.", nameof(definition));
        }

        return Fact<T>.Create(definition, labelZh, profile =>
        {
            if (!profile.AdditionalFacts.TryGetValue(definition.Name, out var value))
            {
                return (false, default!);
            }

            // The host validated the value against the declaration; anything else is a host bug, not a missing fact.
            return value is T typed
                ? (true, typed)
                : throw new InvalidOperationException(
                    $"Fact '{definition.Name}' holds a {value.GetType().Name}; its declaration ({definition.Type}) promises {typeof(T).Name}.");
        });
    }

    /// <summary>A shared fact backed by a nullable profile property.</summary>
    internal static Fact<T> Of<T>(FactDefinition definition, string labelZh, Func<CandidateProfile, T?> property) where T : struct =>
        Fact<T>.Create(definition, labelZh, profile => property(profile) is { } value ? (true, value) : (false, default));

    /// <summary>
    /// A shared qualification grade backed by a nullable profile property, whose absence can also be
    /// a fact: <paramref name="holdsNone"/> reads the profile's "holds none" flag, <paramref name="noneZh"/> says it.
    /// </summary>
    internal static Fact<int> OfGrade(
        FactDefinition definition, string labelZh, Func<CandidateProfile, int?> property, Func<CandidateProfile, bool> holdsNone, string noneZh) =>
        Fact<int>.Create(definition, labelZh, profile => property(profile) is { } value ? (true, value) : (false, default), holdsNone, noneZh);

    // Mirrors what CandidateProfile.AdditionalFacts promises for each declared type.
    private static Type? StoredType(FactType type) => type switch
    {
        FactType.String or FactType.Enum => typeof(string),
        FactType.Number => typeof(decimal),
        FactType.Integer => typeof(long),
        FactType.Boolean => typeof(bool),
        FactType.Date => typeof(DateOnly),
        _ => null,
    };

    [GeneratedRegex("^[a-z][A-Za-z0-9]*$")]
    private static partial Regex CamelCaseName();
}
