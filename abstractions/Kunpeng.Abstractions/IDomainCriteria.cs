namespace Kunpeng.Abstractions;

/// <summary>
/// A domain's selection conditions (选拔条件), clause by clause, and their check against a profile.
/// The plugin reports each condition's outcome; the host derives the tier's verdict from the
/// outcomes and the conditions' kinds, the same way for every domain.
/// </summary>
public interface IDomainCriteria
{
    /// <summary>The domain these criteria belong to.</summary>
    string DomainId { get; }

    /// <summary>Each tier's conditions, in the order of the rules.</summary>
    IReadOnlyList<TierCriteria> Tiers { get; }

    /// <summary>Every fact any condition reads.</summary>
    IReadOnlyList<FactDefinition> Facts { get; }

    /// <summary>Checks the profile against every tier at the reference date. Pure: no I/O, no state.</summary>
    /// <param name="profile">The candidate's facts.</param>
    /// <param name="referenceDate">The date ages and "last five years" are computed at.</param>
    /// <returns>One assessment per tier, in the order of <see cref="Tiers"/>.</returns>
    IReadOnlyList<TierAssessment> Assess(CandidateProfile profile, DateOnly referenceDate);
}
