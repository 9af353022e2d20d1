namespace Kunpeng.Abstractions;

/// <summary>
/// The version of the plugin contract this assembly defines. A plugin built against the same major
/// version and a minor version no newer than the host's is compatible; any other is refused.
/// </summary>
public static class ContractVersion
{
    /// <summary>Incremented on a breaking change to any contract type.</summary>
    public const int Major = 1;

    /// <summary>
    /// Incremented on an additive change. 1.1: a profile can say a qualification is held by none
    /// (<see cref="CandidateProfile.HoldsNoVocationalQualification"/>, <see cref="CandidateProfile.HoldsNoPractisingQualification"/>),
    /// and an integer fact's <see cref="FactDefinition.AllowedValues"/> lists the words it accepts besides numbers.
    /// </summary>
    public const int Minor = 1;

    /// <summary>The contract version as a <see cref="Version"/> (Major.Minor).</summary>
    public static Version Current { get; } = new(Major, Minor);
}
