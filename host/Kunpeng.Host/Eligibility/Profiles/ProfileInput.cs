using System.Text.Json;
using System.Text.Json.Serialization;
using Kunpeng.Abstractions;

namespace Kunpeng.Host.Eligibility.Profiles;

/// <summary>
/// A candidate's facts as a request carries them: the shared vocabulary (camelCase names,
/// kebab-case enum values) plus any fact a targeted plugin declares. Every fact is optional; a
/// missing fact leaves the conditions that need it undecided. Read by <see cref="ProfileInputConverter"/>,
/// which never stops at the first bad value: it records each one, so a single answer can name them all.
/// </summary>
[JsonConverter(typeof(ProfileInputConverter))]
public sealed class ProfileInput
{
    /// <summary>18-character resident ID; birth date and gender are derived from it.</summary>
    public string? ResidentId { get; set; }
    /// <summary>Date of birth, when no resident ID is given (yyyy-MM-dd).</summary>
    public DateOnly? BirthDate { get; set; }
    /// <summary>male or female.</summary>
    public Gender? Gender { get; set; }
    /// <summary>Highest completed education.</summary>
    public EducationLevel? EducationLevel { get; set; }
    /// <summary>Normalized professional title.</summary>
    public ProfessionalTitle? ProfessionalTitle { get; set; }
    /// <summary>职业资格等级, 1 (高级技师) to 5 (初级工), or "none" when the candidate holds no vocational qualification.</summary>
    public int? VocationalLevel { get; set; }
    /// <summary>vocationalLevel was given as "none": the candidate holds no vocational qualification.</summary>
    [JsonIgnore]
    public bool HoldsNoVocationalQualification { get; set; }
    /// <summary>执业资格, 1 (一级) or 2 (二级), or "none" when the candidate holds no practising qualification.</summary>
    public int? PractisingGrade { get; set; }
    /// <summary>practisingGrade was given as "none": the candidate holds no practising qualification.</summary>
    [JsonIgnore]
    public bool HoldsNoPractisingQualification { get; set; }
    /// <summary>Holds the professional-manager qualification.</summary>
    public bool? ProfessionalManagerCertified { get; set; }
    /// <summary>First appointed a division-level cadre.</summary>
    public DateOnly? DivisionLevelSince { get; set; }
    /// <summary>First appointed a full section-level cadre.</summary>
    public DateOnly? SectionChiefSince { get; set; }
    /// <summary>Section rank approved and filed.</summary>
    public bool? SectionRankFiled { get; set; }
    /// <summary>Years of grassroots work.</summary>
    public decimal? GrassrootsYears { get; set; }
    /// <summary>In the reserve cadre pool.</summary>
    public bool? ReserveCadre { get; set; }
    /// <summary>Years of teaching.</summary>
    public decimal? TeachingYears { get; set; }
    /// <summary>Is a principal.</summary>
    public bool? IsPrincipal { get; set; }
    /// <summary>Holds the principal's qualification.</summary>
    public bool? HasPrincipalQualification { get; set; }
    /// <summary>Independently written papers, cases or designs.</summary>
    public List<PaperRecord>? Papers { get; set; }
    /// <summary>Has an academic monograph.</summary>
    public bool? HasMonograph { get; set; }
    /// <summary>Research projects undertaken.</summary>
    public List<ResearchProjectRecord>? ResearchProjects { get; set; }
    /// <summary>Construction key projects.</summary>
    public List<KeyProjectRecord>? KeyProjects { get; set; }
    /// <summary>Main participant of a major project.</summary>
    public bool? MajorProjectParticipant { get; set; }
    /// <summary>Works on the front line.</summary>
    public bool? FrontlineWork { get; set; }
    /// <summary>Years in enterprise business management.</summary>
    public decimal? ManagementYears { get; set; }
    /// <summary>Role in the enterprise.</summary>
    public EnterpriseRole? EnterpriseRole { get; set; }
    /// <summary>Titles of outstanding person.</summary>
    public List<HonourRecord>? Honours { get; set; }
    /// <summary>Culture and art association membership.</summary>
    public AssociationMembership? AssociationMembership { get; set; }
    /// <summary>Field of culture work.</summary>
    public CultureField? CultureField { get; set; }
    /// <summary>Years in social-work service.</summary>
    public decimal? SocialWorkYears { get; set; }
    /// <summary>Apprentices trained.</summary>
    public int? ApprenticesTrained { get; set; }
    /// <summary>The candidate's enterprise.</summary>
    public EnterpriseProfile? Enterprise { get; set; }

    /// <summary>
    /// Facts outside the shared vocabulary, by name (<c>enterprise.x</c> inside the enterprise), still
    /// raw: which of them are declared, and as what type, depends on the plugins a request targets.
    /// </summary>
    [JsonIgnore]
    public Dictionary<string, JsonElement>? OtherFacts { get; set; }

    /// <summary>Values that could not be read, by path inside the profile (e.g. <c>papers[1].year</c>).</summary>
    [JsonIgnore]
    public List<KeyValuePair<string, string>>? ReadErrors { get; private set; }

    internal void AddReadError(string path, string message) => (ReadErrors ??= []).Add(new(path, message));
}
