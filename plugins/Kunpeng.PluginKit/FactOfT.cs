using System.Diagnostics.CodeAnalysis;
using Kunpeng.Abstractions;

namespace Kunpeng.PluginKit;

/// <summary>
/// A fact a check reads: its declaration (name, type, meaning, allowed values) together with how to
/// read it from a profile. Checks are built from facts, so a plugin's declared
/// <see cref="IDomainCriteria.Facts"/> list is derived from the checks it uses and cannot drift
/// from what it actually reads.
/// </summary>
/// <typeparam name="T">The value's type once read (e.g. <see cref="decimal"/> for years).</typeparam>
public class Fact<T>
{
    private readonly Func<CandidateProfile, (bool Present, T Value)> read;
    private readonly Func<CandidateProfile, bool>? holdsNone;

    private protected Fact(
        FactDefinition definition, string labelZh, Func<CandidateProfile, (bool Present, T Value)> read,
        Func<CandidateProfile, bool>? holdsNone = null, string? noneZh = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentException.ThrowIfNullOrWhiteSpace(labelZh);
        Definition = definition;
        LabelZh = labelZh;
        this.read = read;
        this.holdsNone = holdsNone;
        NoneZh = noneZh;
    }

    /// <summary>The declaration the host validates input against and documents.</summary>
    public FactDefinition Definition { get; }

    /// <summary>The fact's JSON name (<c>teachingYears</c>, <c>enterprise.annualRevenue</c>): what a missing-fact list names.</summary>
    public string Name => Definition.Name;

    /// <summary>What the fact is called in the rules (教龄, 学术著作); prefixes its part of a composite outcome.</summary>
    public string LabelZh { get; }

    /// <summary>Reads the fact; false when the profile does not carry it (which is not the same as false or zero).</summary>
    public bool TryRead(CandidateProfile profile, [MaybeNullWhen(false)] out T value)
    {
        ArgumentNullException.ThrowIfNull(profile);
        (var present, value) = read(profile);
        return present;
    }

    /// <summary>
    /// How the rules would say the candidate holds none of it (无职业资格), or null for a fact that
    /// cannot say so. Only the qualification grades can: for them "none" is a value of its own.
    /// </summary>
    public string? NoneZh { get; }

    /// <summary>
    /// True when the profile states that the candidate holds none of it (<c>"practisingGrade": "none"</c>):
    /// a known absence, which fails a requirement, where a fact not given leaves it undecided.
    /// <see cref="TryRead"/> is false then, since there is no value.
    /// </summary>
    public bool HoldsNone(CandidateProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return holdsNone?.Invoke(profile) ?? false;
    }

    /// <inheritdoc />
    public override string ToString() => Name;

    internal static Fact<T> Create(
        FactDefinition definition, string labelZh, Func<CandidateProfile, (bool Present, T Value)> read,
        Func<CandidateProfile, bool>? holdsNone = null, string? noneZh = null) =>
        new(definition, labelZh, read, holdsNone, noneZh);
}
