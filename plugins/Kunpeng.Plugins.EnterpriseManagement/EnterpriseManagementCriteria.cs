using Kunpeng.Abstractions;
using Kunpeng.PluginKit;

namespace Kunpeng.Plugins.EnterpriseManagement;

/// <summary>
/// 企业经营管理领域 三、选拔条件, clause by clause: conditions on the person (三.1, 三.3) and on the
/// enterprise (三.2, 三.4, declared <c>AboutEnterprise</c>). Each condition quotes the words it
/// covers; a clause whose parts differ in kind is split into conditions sharing its clause number,
/// and each tier's lead-in requirements are conditions under the tier's number.
/// </summary>
public sealed class EnterpriseManagementCriteria : IDomainCriteria
{
    // A tier spans two clauses here (the person, then the enterprise), each with its own lead-in;
    // the tier's preamble keeps both, in the rules' words, one per line.
    private const string TopPreamble =
        "拔尖人才人选，指企业第一负责人，包括担任企业法人代表、董事长或总经理等主要领导职务。" +
        "非企业第一负责人，需满足从事企业核心管理工作、带领重要科研团队或获得过国家及天津市级优秀人物称号等条件。" +
        "同时人选个人需具备下列条件：\n拔尖人才人选所在企业需具备下列条件：";

    private const string BackbonePreamble =
        "骨干人才人选，指在我区注册经营的实体企业的中层以上，企业认定的具有培养潜力的高级经营管理人员。" +
        "人选个人同时需具备下列条件：\n骨干人才人选所在企业需具备以下条件：";

    // 三.3.(3) "一般应在企业经营管理工作岗位工作三年以上，具备职业经理人资格，……中青年……优先": the
    // text does not say whether 一般 governs the whole clause. Decision (the project's, for every
    // domain): only the condition it directly precedes (the management years) is general; the
    // qualification is hard; the last part is a preference. To revise, change the kind of the
    // conditions carrying this note and the note itself.
    private const string GeneralQualifiesManagementYearsOnly =
        "本款的“一般”只修饰紧随其后的任职年限条件：经营管理岗位工作年限为一般性条件（未满足须评审小组记录理由），" +
        "职业经理人资格为硬性条件，“中青年……优先”为优先条件。";

    private static readonly CriteriaSet Criteria = CriteriaSet.For("enterprise-management")
        .Tier("top", TopPreamble, top => top
            .AnyOf("role", "三.1",
                "指企业第一负责人，包括担任企业法人代表、董事长或总经理等主要领导职务。" +
                "非企业第一负责人，需满足从事企业核心管理工作、带领重要科研团队或获得过国家及天津市级优秀人物称号等条件",
                role => role
                    .Hard("first-responsible", "三.1", "企业第一负责人，包括担任企业法人代表、董事长或总经理等主要领导职务",
                        Check.IsOneOf(CommonFacts.EnterpriseRole, EnterpriseRole.FirstResponsible))
                    .Hard("core-management", "三.1", "从事企业核心管理工作",
                        Check.IsOneOf(CommonFacts.EnterpriseRole, EnterpriseRole.CoreManagement))
                    .Hard("research-team-lead", "三.1", "带领重要科研团队",
                        Check.IsOneOf(CommonFacts.EnterpriseRole, EnterpriseRole.ResearchTeamLead))
                    .Hard("honour", "三.1", "获得过国家及天津市级优秀人物称号", NationalOrTianjinHonour(),
                        interpretation: "“国家及天津市级”指国家级或天津市级（即市级）称号，区级不计；“获得过”不限年份，" +
                            "只不计晚于参考年份的称号（推荐截止时尚未获得）。"),
                interpretation: "企业第一负责人（法人代表、董事长、总经理等）即满足；非第一负责人须从事企业核心管理工作、" +
                    "带领重要科研团队或获得过国家及天津市级优秀人物称号，满足其一即可。“等条件”视为列举完毕，" +
                    "不另设由评审小组裁量的其他情形。企业职务以所填 enterpriseRole 为准。")
            .Qualitative("conduct", "三.1.(1)",
                "拥护中国共产党的领导，遵纪守法，诚实守信，遵守社会公德，有较强的事业心和社会责任感")
            .Qualitative("innovation-spirit", "三.1.(2)", "具有较强的学习意识、开放的管理理念和突出的创新创业精神")
            .Qualitative("social-responsibility", "三.1.(3)",
                "有较强的社会责任感，能够积极参加全国和地方的帮扶工作，开展社会服务活动，以实际行动履行社会责任")
            .General("education-or-title", "三.1.(4)", "一般应具有专科以上学历或副高以上职称",
                Check.Either(Check.EducationAtLeast(EducationLevel.Associate), Check.TitleAtLeast(ProfessionalTitle.AssociateSenior)),
                interpretation: "“一般”直接修饰本项学历或职称的整个择一要求（本项别无其他内容），故整项为一般性条件" +
                    "（未满足须评审小组记录理由）；“专科以上”含大专，“副高以上”含正高级。")
            .AboutEnterprise(enterprise => enterprise
                .Qualitative("development", "三.2.(1)",
                    "发展潜力大、成长性好、创新能力强、就业容纳多，市场份额等指标连续保持较快增长，主要经济指标处于本行业、本区域领先地位，或属于地区重点扶持产业",
                    interpretation: "“较快增长”“领先地位”“重点扶持产业”均无可核验的数量标准，由评审小组评议。")
                .Qualitative("industry-policy", "三.2.(2)",
                    "所处行业符合《工业转型升级规划（2011-2015年）》（国发[2011]47号）要求，属于十大重点产业调整和振兴规划内的企业，" +
                    "拥有的技术、开发的产品或者提供的服务符合“专、精、特、新”的特点，引领企业走工业化、信息化融合发展道路",
                    interpretation: "是否符合规划及“专、精、特、新”须对照政策文件判断，由评审小组评议。")
                .Qualitative("modern-enterprise-system", "三.2.(3)", "符合现代企业制度规范")
                .Hard("core-ip", "三.2.(3)", "工业、软件、通讯等类型企业拥有知识产权的核心技术",
                    Check.Either(
                        Check.IsOneOf(CommonFacts.Enterprise.Industry, Industry.Services, Industry.Other),
                        Check.IsTrue(CommonFacts.Enterprise.OwnsCoreIp)),
                    interpretation: "只约束工业、软件、通讯类企业（“等类型”按所列三类理解）：服务业和其他行业的企业视为满足，" +
                        "拥有核心技术知识产权的企业不论行业均满足；行业未填报且未确认拥有核心技术知识产权时待定。")
                .Qualitative("innovation-capacity", "三.2.(3)", "具备较强的自主创新能力和较为完善的创新管理制度")
                .Qualitative("public-image", "三.2.(4)", "具有良好的公众形象，能自觉承担社会责任")
                .Hard("credit", "三.2.(4)", "会计信用、纳税信用和银行信用良好",
                    Check.IsTrue(CommonFacts.Enterprise.GoodCredit),
                    interpretation: "三项信用须均良好，以 enterprise.goodCredit 一并填报。")
                .Hard("no-high-pollution", "三.2.(4)", "未涉足高污染行业或未涉及高污染项目",
                    Check.IsFalse(CommonFacts.Enterprise.HighPollution),
                    interpretation: "读作既未涉足高污染行业、也未涉及高污染项目：涉足高污染行业或涉及高污染项目之一即不满足。")
                .Hard("no-major-incidents", "三.2.(4)", "连续3年未发生重大劳动争议、安全生产事故及破坏市场经济秩序等行为",
                    Check.IsFalse(CommonFacts.Enterprise.MajorIncidents3y),
                    interpretation: "“连续3年”为参考日期前的3年；重大劳动争议、安全生产事故、破坏市场经济秩序行为任一发生即不满足。")
                .Qualitative("party-building", "三.2.(5)", "支持非公党建工作")
                .Preference("party-organization", "三.2.(5)", "所领导企业设立了基层党组织的优先考虑",
                    Check.IsTrue(CommonFacts.Enterprise.HasPartyOrganization),
                    interpretation: "“优先考虑”只用于排序，未设立基层党组织不作为淘汰理由。")))
        .Tier("backbone", BackbonePreamble, backbone => backbone
            .AboutEnterprise(enterprise => enterprise
                .Hard("registered-in-district", "三.3", "在我区注册经营的实体企业",
                    Check.IsTrue(CommonFacts.Enterprise.RegisteredInDistrict),
                    interpretation: "“实体企业”理解为在本区注册并实际经营的企业，以 enterprise.registeredInDistrict（注册且经营）核验。"))
            .Hard("middle-management", "三.3", "中层以上",
                Check.IsOneOf(CommonFacts.EnterpriseRole,
                    EnterpriseRole.MiddleManagement, EnterpriseRole.CoreManagement, EnterpriseRole.FirstResponsible),
                interpretation: "“中层以上”含中层管理、企业核心管理和企业第一负责人；骨干人才是经营管理人员，" +
                    "“带领重要科研团队”属技术岗位，不计入中层以上经营管理岗位。")
            .Qualitative("potential", "三.3", "企业认定的具有培养潜力的高级经营管理人员",
                interpretation: "企业认定及培养潜力由评审小组结合推荐材料评议。")
            .Qualitative("conduct", "三.3.(1)", "拥护党的基本路线，热爱祖国，遵纪守法，诚信经营，恪守职业道德")
            .Qualitative("management-ability", "三.3.(2)",
                "能够认真履行社会责任与义务，具有勇于创业的精神和较高的经营管理才能素质，在企业的经营管理中发挥了重要的作用")
            .General("management-years", "三.3.(3)", "一般应在企业经营管理工作岗位工作三年以上",
                Check.AtLeast(CommonFacts.ManagementYears, 3m, "年"), interpretation: GeneralQualifiesManagementYearsOnly)
            .Hard("manager-qualification", "三.3.(3)", "具备职业经理人资格",
                Check.IsTrue(CommonFacts.ProfessionalManagerCertified), interpretation: GeneralQualifiesManagementYearsOnly)
            .Preference("younger", "三.3.(3)", "具有潜质的中青年企业经营管理人才优先",
                Check.AgeAtMost(45),
                interpretation: GeneralQualifiesManagementYearsOnly + "“中青年”按参考日期不超过45周岁计（国家中青年人才项目的通常上限），" +
                    "“具有潜质”由评审小组排序时评议；只用于排序，不作为淘汰理由。")
            .AboutEnterprise(enterprise => enterprise
                .Hard("growth", "三.4.(1)", "所在企业在一定时期（3年以上，含3年）内……不同程度地表现出整体扩张态势",
                    Check.AtLeast(CommonFacts.Enterprise.GrowthYears, 3m, "年"),
                    interpretation: "“整体扩张态势”以企业连续增长年数（enterprise.growthYears）核验，3年即满足（含3年）；" +
                        "同句中的资源挖掘能力和发展预期另列为定性条件。")
                .Qualitative("resources", "三.4.(1)", "具有持续挖掘未利用的资源能力")
                .Qualitative("prospects", "三.4.(1)", "企业的未来发展预期良好")
                .Qualitative("scale", "三.4.(2)", "企业具备一定的规模和竞争力，年度盈利水平能够稳步增长",
                    interpretation: "规模、竞争力和盈利增长无可核验的数量标准，由评审小组评议；收入要求另列为硬性条件。")
                .Hard("revenue", "三.4.(2)", "年主营业务收入300万元以上",
                    Check.AtLeast(CommonFacts.Enterprise.AnnualRevenue, 3_000_000m, "元"),
                    interpretation: "300万元即3,000,000元，含本数。")))
        .Build();

    /// <inheritdoc />
    public string DomainId => Criteria.DomainId;

    /// <inheritdoc />
    public IReadOnlyList<TierCriteria> Tiers => Criteria.Tiers;

    /// <inheritdoc />
    public IReadOnlyList<FactDefinition> Facts => Criteria.Facts;

    /// <inheritdoc />
    public IReadOnlyList<TierAssessment> Assess(CandidateProfile profile, DateOnly referenceDate) =>
        Criteria.Assess(profile, referenceDate);

    /// <summary>
    /// 获得过国家及天津市级优秀人物称号: at least one honour at municipal (天津市) level or above, at any
    /// time up to the reference year. The kit's record counts look only at the last five years, and
    /// 获得过 has no window, so this one is written out.
    /// </summary>
    private static Check NationalOrTianjinHonour() => Check.Custom("优秀人物称号", (profile, referenceDate) =>
    {
        const string required = "国家级或天津市级 ≥ 1 项";
        if (!CommonFacts.Honours.TryRead(profile, out var honours))
        {
            return CheckResult.Undecided(null, required, CommonFacts.Honours.Name);
        }

        var qualifying = honours.Count(h => h.Level >= ProjectLevel.Municipal && h.Year <= referenceDate.Year);
        var found = $"国家级或天津市级 {qualifying} 项";
        return qualifying >= 1 ? CheckResult.Met(found, required) : CheckResult.NotMet(found, required);
    }, CommonFacts.Honours.Definition);
}
