namespace Kunpeng.Abstractions;

/// <summary>
/// The facts about a candidate that criteria read: the shared vocabulary of
/// <c>docs/profile-facts.md</c> in the repository. Every fact is optional; a missing fact leaves the conditions that
/// need it undecided. The host derives <see cref="BirthDate"/> and <see cref="Gender"/> from a valid
/// resident ID before a plugin sees the profile, so plugins read only these.
/// </summary>
public sealed class CandidateProfile
{
    public DateOnly? BirthDate { get; init; }
    public Gender? Gender { get; init; }
    public EducationLevel? EducationLevel { get; init; }
    public ProfessionalTitle? ProfessionalTitle { get; init; }
    /// <summary>职业资格等级: 1 = 高级技师 … 5 = 初级工; null when not given or when none is held (<see cref="HoldsNoVocationalQualification"/>).</summary>
    public int? VocationalLevel { get; init; }
    /// <summary>
    /// The candidate is known to hold no vocational qualification (职业资格; JSON <c>"vocationalLevel": "none"</c>).
    /// A fact, unlike a level not given: a condition asking for a level is then not met rather than
    /// undecided. Never true together with a <see cref="VocationalLevel"/>. Since contract 1.1; a
    /// plugin built against 1.0 does not read it and sees the level as not given, as it always did.
    /// </summary>
    public bool HoldsNoVocationalQualification { get; init; }
    /// <summary>执业资格: 1 = 一级, 2 = 二级; null when not given or when none is held (<see cref="HoldsNoPractisingQualification"/>).</summary>
    public int? PractisingGrade { get; init; }
    /// <summary>
    /// The candidate is known to hold no practising qualification (执业资格; JSON <c>"practisingGrade": "none"</c>).
    /// A fact, unlike a grade not given; never true together with a <see cref="PractisingGrade"/>.
    /// Since contract 1.1 (see <see cref="HoldsNoVocationalQualification"/>).
    /// </summary>
    public bool HoldsNoPractisingQualification { get; init; }
    public bool? ProfessionalManagerCertified { get; init; }
    public DateOnly? DivisionLevelSince { get; init; }
    public DateOnly? SectionChiefSince { get; init; }
    public bool? SectionRankFiled { get; init; }
    public decimal? GrassrootsYears { get; init; }
    public bool? ReserveCadre { get; init; }
    public decimal? TeachingYears { get; init; }
    public bool? IsPrincipal { get; init; }
    public bool? HasPrincipalQualification { get; init; }
    public IReadOnlyList<PaperRecord>? Papers { get; init; }
    public bool? HasMonograph { get; init; }
    public IReadOnlyList<ResearchProjectRecord>? ResearchProjects { get; init; }
    public IReadOnlyList<KeyProjectRecord>? KeyProjects { get; init; }
    public bool? MajorProjectParticipant { get; init; }
    public bool? FrontlineWork { get; init; }
    public decimal? ManagementYears { get; init; }
    public EnterpriseRole? EnterpriseRole { get; init; }
    public IReadOnlyList<HonourRecord>? Honours { get; init; }
    public AssociationMembership? AssociationMembership { get; init; }
    public CultureField? CultureField { get; init; }
    public decimal? SocialWorkYears { get; init; }
    public int? ApprenticesTrained { get; init; }
    public EnterpriseProfile? Enterprise { get; init; }

    /// <summary>
    /// Facts a plugin declared beyond the shared vocabulary, already validated by the host against
    /// the plugin's <see cref="FactDefinition"/>: values are <see cref="string"/>, <see cref="decimal"/>,
    /// <see cref="long"/>, <see cref="bool"/> or <see cref="DateOnly"/> as the declared type says.
    /// </summary>
    public IReadOnlyDictionary<string, object> AdditionalFacts { get; init; } =
        new Dictionary<string, object>(StringComparer.Ordinal);
}
