using Kunpeng.Abstractions;

namespace Kunpeng.Host.Eligibility.Profiles;

/// <summary>
/// The shared profile vocabulary of <c>docs/profile-facts.md</c> (in the repository), as fact definitions: what the host
/// reads itself, what it documents in the OpenAPI schema, and the names a plugin's declared fact is
/// compared with (a declared name found here is a shared fact, any other is the plugin's own).
/// </summary>
public static class SharedFacts
{
    /// <summary>The word a qualification grade takes in place of a number when the candidate holds none.</summary>
    public const string NoneHeld = "none";

    /// <summary>The name of the enterprise sub-object; its facts are named <c>enterprise.x</c>.</summary>
    public const string EnterprisePrefix = "enterprise.";

    /// <summary>Every shared fact, person first, then the enterprise's, in the order of the vocabulary.</summary>
    public static IReadOnlyList<FactDefinition> All { get; } =
    [
        new("residentId", FactType.String, "18-character PRC resident ID (GB 11643); birth date and gender are derived from it, and an ID with a bad check character is rejected."),
        new("birthDate", FactType.Date, "Date of birth (yyyy-MM-dd), when no resident ID is given; must agree with the resident ID when both are."),
        new("gender", FactType.Enum, "Gender; must agree with the resident ID when both are given.", KebabEnum<Gender>.Names),
        new("educationLevel", FactType.Enum, "Highest completed education; associate = 大专/专科.", KebabEnum<EducationLevel>.Names),
        new("professionalTitle", FactType.Enum, "职称 / 专业技术职务, normalized (高级教师 is associate-senior, 一级教师 intermediate).", KebabEnum<ProfessionalTitle>.Names),
        new("vocationalLevel", FactType.Integer, "职业资格等级: 1 = 高级技师, 2 技师, 3 高级工, 4 中级工, 5 = 初级工; \"none\" when no vocational qualification is held (a fact: a condition asking for one is then not met).",
            [NoneHeld], Minimum: 1, Maximum: 5),
        new("practisingGrade", FactType.Integer, "执业资格: 1 = 一级, 2 = 二级; \"none\" when no practising qualification is held (a fact: a condition asking for one is then not met).",
            [NoneHeld], Minimum: 1, Maximum: 2),
        new("professionalManagerCertified", FactType.Boolean, "Holds the professional-manager qualification (职业经理人资格)."),
        new("divisionLevelSince", FactType.Date, "First appointed a division-level (处级) cadre."),
        new("sectionChiefSince", FactType.Date, "First appointed a full section-level (正科级) cadre."),
        new("sectionRankFiled", FactType.Boolean, "Section rank approved and filed by the organization/personnel department."),
        new("grassrootsYears", FactType.Number, "Years of grassroots (基层) work.", Minimum: 0),
        new("reserveCadre", FactType.Boolean, "In the reserve cadre pool (后备干部)."),
        new("teachingYears", FactType.Number, "Years of teaching (教龄).", Minimum: 0),
        new("isPrincipal", FactType.Boolean, "Is a school or kindergarten principal (校（园）长)."),
        new("hasPrincipalQualification", FactType.Boolean, "Holds the principal's appointment qualification (任职资格)."),
        new("papers", FactType.Array, "Independently written papers, teaching cases or designs: [{ year, recognition }], recognition one of " + KebabEnum<RecognitionLevel>.Allowed + "."),
        new("hasMonograph", FactType.Boolean, "Has published an academic monograph (学术著作)."),
        new("researchProjects", FactType.Array, "Research projects (课题): [{ year, level, rank, status }], level one of " + KebabEnum<ProjectLevel>.Allowed +
            "; rank = position in the list of undertakers (1 = first); status one of " + KebabEnum<ProjectStatus>.Allowed + "."),
        new("keyProjects", FactType.Array, "Construction key projects: [{ year, level, inDistrict, award }], level one of " + KebabEnum<ProjectLevel>.Allowed +
            "; award (the project's or the person's) one of " + KebabEnum<RecognitionLevel>.Allowed + "."),
        new("majorProjectParticipant", FactType.Boolean, "Main participant of a major industrial, service, district, innovation or transport project."),
        new("frontlineWork", FactType.Boolean, "Works directly on the front line of research, production or construction."),
        new("managementYears", FactType.Number, "Years in enterprise business-management posts.", Minimum: 0),
        new("enterpriseRole", FactType.Enum, "The candidate's role in their enterprise.", KebabEnum<EnterpriseRole>.Names),
        new("honours", FactType.Array, "Titles of outstanding person: [{ year, level }], level one of " + KebabEnum<ProjectLevel>.Allowed + "."),
        new("associationMembership", FactType.Enum, "Membership of culture and art associations.", KebabEnum<AssociationMembership>.Names),
        new("cultureField", FactType.Enum, "Field of culture work.", KebabEnum<CultureField>.Names),
        new("socialWorkYears", FactType.Number, "Years directly in social-work service.", Minimum: 0),
        new("apprenticesTrained", FactType.Integer, "Skilled workers trained as apprentices.", Minimum: 0),
        new("enterprise", FactType.Object, "The candidate's enterprise (enterprise-management domain)."),
        new("enterprise.registeredInDistrict", FactType.Boolean, "Registered and operating in the district."),
        new("enterprise.annualRevenue", FactType.Number, "Annual main-business revenue, CNY.", Minimum: 0),
        new("enterprise.growthYears", FactType.Number, "Consecutive years of growth.", Minimum: 0),
        new("enterprise.industry", FactType.Enum, "The enterprise's industry.", KebabEnum<Industry>.Names),
        new("enterprise.ownsCoreIp", FactType.Boolean, "Owns the intellectual property of its core technology."),
        new("enterprise.goodCredit", FactType.Boolean, "Accounting, tax and bank credit are all good."),
        new("enterprise.highPollution", FactType.Boolean, "In a high-pollution industry or project."),
        new("enterprise.majorIncidents3y", FactType.Boolean, "A major labour dispute, safety accident or market-order violation in the last 3 years."),
        new("enterprise.hasPartyOrganization", FactType.Boolean, "Has a grassroots party organization."),
    ];

    private static readonly Dictionary<string, FactDefinition> ByName = All.ToDictionary(f => f.Name, StringComparer.Ordinal);

    /// <summary>True when <paramref name="name"/> is a shared fact (person or enterprise).</summary>
    public static bool Contains(string name) => ByName.ContainsKey(name);

    /// <summary>The shared fact named <paramref name="name"/>.</summary>
    public static bool TryGet(string name, out FactDefinition definition) => ByName.TryGetValue(name, out definition!);
}
