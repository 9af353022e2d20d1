using Kunpeng.Abstractions;

namespace Kunpeng.PluginKit;

/// <summary>
/// The shared vocabulary of docs/profile-facts.md as facts checks can read. Names are the camelCase
/// JSON names of the <see cref="CandidateProfile"/> properties (dotted under <c>enterprise.</c>),
/// derived from the properties themselves so they cannot drift from what the host deserializes.
/// </summary>
/// <remarks>
/// <c>residentId</c> is part of the vocabulary but not here: the host validates it and derives
/// <see cref="BirthDate"/> and <see cref="Gender"/> from it before a plugin sees the profile.
/// </remarks>
public static class CommonFacts
{
    /// <summary>
    /// The word a qualification grade (<see cref="VocationalLevel"/>, <see cref="PractisingGrade"/>) takes
    /// in place of a number when the candidate holds none: listed in its <see cref="FactDefinition.AllowedValues"/>.
    /// </summary>
    public const string NoneHeld = "none";

    /// <summary>出生日期; ages are whole years completed at the reference date.</summary>
    public static Fact<DateOnly> BirthDate { get; } = Fact.Of(
        Person(nameof(CandidateProfile.BirthDate), FactType.Date, "Date of birth; derived by the host from residentId when one is given."),
        "出生日期", p => p.BirthDate);

    /// <summary>性别.</summary>
    public static Fact<Gender> Gender { get; } = Fact.Of(
        Person(nameof(CandidateProfile.Gender), FactType.Enum, "Gender; derived by the host from residentId when one is given.",
            JsonNames.AllOf<Gender>()),
        "性别", p => p.Gender);

    /// <summary>学历: highest completed.</summary>
    public static Fact<EducationLevel> EducationLevel { get; } = Fact.Of(
        Person(nameof(CandidateProfile.EducationLevel), FactType.Enum, "Highest completed education; associate = 大专/专科.",
            JsonNames.AllOf<EducationLevel>()),
        "学历", p => p.EducationLevel);

    /// <summary>职称 / 专业技术职务, normalized.</summary>
    public static Fact<ProfessionalTitle> ProfessionalTitle { get; } = Fact.Of(
        Person(nameof(CandidateProfile.ProfessionalTitle), FactType.Enum,
            "Professional title (职称/专业技术职务), normalized; a school's 高级教师 is associate-senior, 一级教师 intermediate.",
            JsonNames.AllOf<ProfessionalTitle>()),
        "专业技术职务", p => p.ProfessionalTitle);

    /// <summary>职业资格等级: 1 = 高级技师 … 5 = 初级工 (lower is better), or none held.</summary>
    public static Fact<int> VocationalLevel { get; } = Fact.OfGrade(
        Person(nameof(CandidateProfile.VocationalLevel), FactType.Integer,
            "Vocational qualification level (职业资格等级): 1 = 高级技师, 2 = 技师, 3 = 高级工, 4 = 中级工, 5 = 初级工; none = holds no vocational qualification.",
            [NoneHeld], minimum: 1, maximum: 5),
        "职业资格等级", p => p.VocationalLevel, p => p.HoldsNoVocationalQualification, ChineseNames.NoVocationalQualification);

    /// <summary>执业资格: 1 = 一级, 2 = 二级 (lower is better), or none held.</summary>
    public static Fact<int> PractisingGrade { get; } = Fact.OfGrade(
        Person(nameof(CandidateProfile.PractisingGrade), FactType.Integer,
            "Practising qualification grade (执业资格): 1 = 一级, 2 = 二级; none = holds no practising qualification.",
            [NoneHeld], minimum: 1, maximum: 2),
        "执业资格", p => p.PractisingGrade, p => p.HoldsNoPractisingQualification, ChineseNames.NoPractisingQualification);

    /// <summary>职业经理人资格.</summary>
    public static Fact<bool> ProfessionalManagerCertified { get; } = Fact.Of(
        Person(nameof(CandidateProfile.ProfessionalManagerCertified), FactType.Boolean,
            "Holds the professional-manager qualification (职业经理人资格)."),
        "职业经理人资格", p => p.ProfessionalManagerCertified);

    /// <summary>First appointed a division-level (处级) cadre.</summary>
    public static Fact<DateOnly> DivisionLevelSince { get; } = Fact.Of(
        Person(nameof(CandidateProfile.DivisionLevelSince), FactType.Date, "Date first appointed a division-level (处级) cadre."),
        "担任处级干部", p => p.DivisionLevelSince);

    /// <summary>First appointed a full section-level (正科级) cadre.</summary>
    public static Fact<DateOnly> SectionChiefSince { get; } = Fact.Of(
        Person(nameof(CandidateProfile.SectionChiefSince), FactType.Date, "Date first appointed a full section-level (正科级) cadre."),
        "担任正科级干部", p => p.SectionChiefSince);

    /// <summary>Section rank approved and filed by the organization/personnel department.</summary>
    public static Fact<bool> SectionRankFiled { get; } = Fact.Of(
        Person(nameof(CandidateProfile.SectionRankFiled), FactType.Boolean,
            "The section-level rank was approved and filed by the organization/personnel department (审批备案)."),
        "科级职务审批备案", p => p.SectionRankFiled);

    /// <summary>Years of grassroots (基层) work.</summary>
    public static Fact<decimal> GrassrootsYears { get; } = Fact.Of(
        Person(nameof(CandidateProfile.GrassrootsYears), FactType.Number, "Years of grassroots (基层) work.", minimum: 0),
        "基层工作经历", p => p.GrassrootsYears);

    /// <summary>In the reserve cadre pool (后备干部).</summary>
    public static Fact<bool> ReserveCadre { get; } = Fact.Of(
        Person(nameof(CandidateProfile.ReserveCadre), FactType.Boolean, "In the reserve cadre pool (后备干部)."),
        "后备干部", p => p.ReserveCadre);

    /// <summary>教龄 in years.</summary>
    public static Fact<decimal> TeachingYears { get; } = Fact.Of(
        Person(nameof(CandidateProfile.TeachingYears), FactType.Number, "Years of teaching (教龄).", minimum: 0),
        "教龄", p => p.TeachingYears);

    /// <summary>Is a school or kindergarten principal (校（园）长).</summary>
    public static Fact<bool> IsPrincipal { get; } = Fact.Of(
        Person(nameof(CandidateProfile.IsPrincipal), FactType.Boolean, "Is a school or kindergarten principal (校（园）长)."),
        "校（园）长", p => p.IsPrincipal);

    /// <summary>Holds the principal's post qualification (任职资格).</summary>
    public static Fact<bool> HasPrincipalQualification { get; } = Fact.Of(
        Person(nameof(CandidateProfile.HasPrincipalQualification), FactType.Boolean,
            "Holds the post qualification (任职资格) a principal needs."),
        "校（园）长任职资格", p => p.HasPrincipalQualification);

    /// <summary>Independently written papers, teaching cases or designs, dated by the year written or recognized.</summary>
    public static RecordsFact<PaperRecord> Papers { get; } = new(
        Person(nameof(CandidateProfile.Papers), FactType.Array,
            "Independently written papers, teaching cases or designs: { year, recognition }; recognition: none | district | municipal | national."),
        "论文、案例、设计", p => p.Papers,
        (paper, window) => window.Contains(paper.Year));

    /// <summary>Has an academic monograph (学术著作).</summary>
    public static Fact<bool> HasMonograph { get; } = Fact.Of(
        Person(nameof(CandidateProfile.HasMonograph), FactType.Boolean, "Has an academic monograph (学术著作)."),
        "学术著作", p => p.HasMonograph);

    /// <summary>
    /// Research projects (课题). A project counts as within the last five years when its year falls in
    /// the window, or when it is still ongoing and started no later than the reference year: a
    /// project being carried out now is being carried out within the window (完成或正在进行),
    /// whenever it began.
    /// </summary>
    public static RecordsFact<ResearchProjectRecord> ResearchProjects { get; } = new(
        Person(nameof(CandidateProfile.ResearchProjects), FactType.Array,
            "Research projects undertaken: { year, level, rank, status }; level: district | municipal | national; " +
            "rank: position in the list of undertakers (1 = first); status: ongoing | completed."),
        "科研课题", p => p.ResearchProjects,
        (project, window) => window.Contains(project.Year)
            || (project.Status == ProjectStatus.Ongoing && project.Year <= window.LastYear));

    /// <summary>Construction key projects led or taken part in.</summary>
    public static RecordsFact<KeyProjectRecord> KeyProjects { get; } = new(
        Person(nameof(CandidateProfile.KeyProjects), FactType.Array,
            "Construction key projects: { year, level, inDistrict, award }; level: district | municipal | national; " +
            "award (the project's or the person's): none | district | municipal | national."),
        "重点工程项目", p => p.KeyProjects,
        (project, window) => window.Contains(project.Year));

    /// <summary>Main participant of a major project.</summary>
    public static Fact<bool> MajorProjectParticipant { get; } = Fact.Of(
        Person(nameof(CandidateProfile.MajorProjectParticipant), FactType.Boolean,
            "Main participant of a major industrial, service, district, innovation or transport project."),
        "重大项目主要参与者", p => p.MajorProjectParticipant);

    /// <summary>Works directly on the front line.</summary>
    public static Fact<bool> FrontlineWork { get; } = Fact.Of(
        Person(nameof(CandidateProfile.FrontlineWork), FactType.Boolean,
            "Works directly on the front line of research, production or construction."),
        "一线工作", p => p.FrontlineWork);

    /// <summary>Years in enterprise business-management posts.</summary>
    public static Fact<decimal> ManagementYears { get; } = Fact.Of(
        Person(nameof(CandidateProfile.ManagementYears), FactType.Number, "Years in enterprise business-management posts.", minimum: 0),
        "企业经营管理工作", p => p.ManagementYears);

    /// <summary>The candidate's role in their enterprise.</summary>
    public static Fact<EnterpriseRole> EnterpriseRole { get; } = Fact.Of(
        Person(nameof(CandidateProfile.EnterpriseRole), FactType.Enum, "The candidate's role in their enterprise.",
            JsonNames.AllOf<EnterpriseRole>()),
        "企业职务", p => p.EnterpriseRole);

    /// <summary>Titles of outstanding person (优秀人物称号), dated by the year awarded.</summary>
    public static RecordsFact<HonourRecord> Honours { get; } = new(
        Person(nameof(CandidateProfile.Honours), FactType.Array,
            "Titles of outstanding person (优秀人物称号): { year, level }; level: district | municipal | national."),
        "优秀人物称号", p => p.Honours,
        (honour, window) => window.Contains(honour.Year));

    /// <summary>Membership of a culture and art association.</summary>
    public static Fact<AssociationMembership> AssociationMembership { get; } = Fact.Of(
        Person(nameof(CandidateProfile.AssociationMembership), FactType.Enum, "Membership of a culture and art association.",
            JsonNames.AllOf<AssociationMembership>()),
        "文化艺术协会", p => p.AssociationMembership);

    /// <summary>Field of culture work.</summary>
    public static Fact<CultureField> CultureField { get; } = Fact.Of(
        Person(nameof(CandidateProfile.CultureField), FactType.Enum, "Field of culture work.", JsonNames.AllOf<CultureField>()),
        "从事领域", p => p.CultureField);

    /// <summary>Years directly in social-work service.</summary>
    public static Fact<decimal> SocialWorkYears { get; } = Fact.Of(
        Person(nameof(CandidateProfile.SocialWorkYears), FactType.Number, "Years directly in social-work service.", minimum: 0),
        "社会工作服务", p => p.SocialWorkYears);

    /// <summary>Skilled workers trained as apprentices.</summary>
    public static Fact<int> ApprenticesTrained { get; } = Fact.Of(
        Person(nameof(CandidateProfile.ApprenticesTrained), FactType.Integer, "Skilled workers trained as apprentices.", minimum: 0),
        "带徒传艺", p => p.ApprenticesTrained);

    /// <summary>Facts about the candidate's enterprise (<c>enterprise.*</c>).</summary>
    public static class Enterprise
    {
        /// <summary>Registered and operating in the district.</summary>
        public static Fact<bool> RegisteredInDistrict { get; } = Fact.Of(
            Of(nameof(EnterpriseProfile.RegisteredInDistrict), FactType.Boolean, "The enterprise is registered and operating in the district."),
            "在我区注册经营", p => p.Enterprise?.RegisteredInDistrict);

        /// <summary>Annual main-business revenue, CNY.</summary>
        public static Fact<decimal> AnnualRevenue { get; } = Fact.Of(
            Of(nameof(EnterpriseProfile.AnnualRevenue), FactType.Number, "Annual main-business revenue, CNY.", minimum: 0),
            "年主营业务收入", p => p.Enterprise?.AnnualRevenue);

        /// <summary>Consecutive years of growth.</summary>
        public static Fact<decimal> GrowthYears { get; } = Fact.Of(
            Of(nameof(EnterpriseProfile.GrowthYears), FactType.Number, "Consecutive years of growth.", minimum: 0),
            "持续增长", p => p.Enterprise?.GrowthYears);

        /// <summary>The enterprise's industry.</summary>
        public static Fact<Industry> Industry { get; } = Fact.Of(
            Of(nameof(EnterpriseProfile.Industry), FactType.Enum, "The enterprise's industry.", JsonNames.AllOf<Industry>()),
            "行业", p => p.Enterprise?.Industry);

        /// <summary>Owns the IP of its core technology.</summary>
        public static Fact<bool> OwnsCoreIp { get; } = Fact.Of(
            Of(nameof(EnterpriseProfile.OwnsCoreIp), FactType.Boolean, "Owns the intellectual property of its core technology."),
            "拥有核心技术知识产权", p => p.Enterprise?.OwnsCoreIp);

        /// <summary>Accounting, tax and bank credit all good.</summary>
        public static Fact<bool> GoodCredit { get; } = Fact.Of(
            Of(nameof(EnterpriseProfile.GoodCredit), FactType.Boolean, "Accounting, tax and bank credit are all good."),
            "会计、纳税和银行信用良好", p => p.Enterprise?.GoodCredit);

        /// <summary>In a high-pollution industry or project.</summary>
        public static Fact<bool> HighPollution { get; } = Fact.Of(
            Of(nameof(EnterpriseProfile.HighPollution), FactType.Boolean, "In a high-pollution industry or project."),
            "涉足高污染行业或项目", p => p.Enterprise?.HighPollution);

        /// <summary>A major labour dispute, safety accident or market-order violation in the last 3 years.</summary>
        public static Fact<bool> MajorIncidents3y { get; } = Fact.Of(
            Of(nameof(EnterpriseProfile.MajorIncidents3y), FactType.Boolean,
                "A major labour dispute, safety accident or market-order violation in the last 3 years."),
            "近3年重大劳动争议、安全生产事故或破坏市场经济秩序行为", p => p.Enterprise?.MajorIncidents3y);

        /// <summary>Has a grassroots party organization.</summary>
        public static Fact<bool> HasPartyOrganization { get; } = Fact.Of(
            Of(nameof(EnterpriseProfile.HasPartyOrganization), FactType.Boolean, "Has a grassroots party organization (基层党组织)."),
            "设立基层党组织", p => p.Enterprise?.HasPartyOrganization);

        internal static IReadOnlyList<FactDefinition> All { get; } =
        [
            RegisteredInDistrict.Definition, AnnualRevenue.Definition, GrowthYears.Definition, Industry.Definition,
            OwnsCoreIp.Definition, GoodCredit.Definition, HighPollution.Definition, MajorIncidents3y.Definition,
            HasPartyOrganization.Definition,
        ];

        private static FactDefinition Of(string property, FactType type, string meaning,
            IReadOnlyList<string>? allowedValues = null, decimal? minimum = null, decimal? maximum = null) =>
            new($"{JsonNames.OfProperty(nameof(CandidateProfile.Enterprise))}.{JsonNames.OfProperty(property)}",
                type, meaning, allowedValues, minimum, maximum);
    }

    /// <summary>Every shared fact's declaration, person facts first, in the order of docs/profile-facts.md.</summary>
    public static IReadOnlyList<FactDefinition> All { get; } =
    [
        BirthDate.Definition, Gender.Definition, EducationLevel.Definition, ProfessionalTitle.Definition,
        VocationalLevel.Definition, PractisingGrade.Definition, ProfessionalManagerCertified.Definition,
        DivisionLevelSince.Definition, SectionChiefSince.Definition, SectionRankFiled.Definition,
        GrassrootsYears.Definition, ReserveCadre.Definition, TeachingYears.Definition, IsPrincipal.Definition,
        HasPrincipalQualification.Definition, Papers.Definition, HasMonograph.Definition,
        ResearchProjects.Definition, KeyProjects.Definition, MajorProjectParticipant.Definition,
        FrontlineWork.Definition, ManagementYears.Definition, EnterpriseRole.Definition, Honours.Definition,
        AssociationMembership.Definition, CultureField.Definition, SocialWorkYears.Definition,
        ApprenticesTrained.Definition, .. Enterprise.All,
    ];

    private static FactDefinition Person(string property, FactType type, string meaning,
        IReadOnlyList<string>? allowedValues = null, decimal? minimum = null, decimal? maximum = null) =>
        new(JsonNames.OfProperty(property), type, meaning, allowedValues, minimum, maximum);
}
