namespace Kunpeng.Web.Text;

/// <summary>
/// The Chinese label of every declared fact and of its values (shared/docs/profile-facts.md), and the
/// item shape of the list facts. The form is generated from what the domain declares; a fact this
/// table does not know is still shown, under its own name, so a new plugin's fact is never hidden.
/// </summary>
public static class FactLabels
{
    private static readonly Dictionary<string, string> Labels = new()
    {
        ["birthDate"] = "出生日期",
        ["gender"] = "性别",
        ["educationLevel"] = "学历",
        ["professionalTitle"] = "专业技术职务（职称）",
        ["teachingYears"] = "教龄（年）",
        ["isPrincipal"] = "是否校（园）长",
        ["hasPrincipalQualification"] = "具有校（园）长任职资格",
        ["papers"] = "论文、教学案例或教学设计",
        ["hasMonograph"] = "有学术著作",
        ["researchProjects"] = "承担的课题",
        ["associationMembership"] = "文艺家协会会员",
        ["cultureField"] = "文化工作领域",
        ["enterpriseRole"] = "在企业中的职务",
        ["honours"] = "优秀人物称号",
        ["managementYears"] = "从事企业经营管理年限（年）",
        ["professionalManagerCertified"] = "具有职业经理人资格",
        ["vocationalLevel"] = "职业资格等级",
        ["apprenticesTrained"] = "带徒培养技能人才（人）",
        ["practisingGrade"] = "执业资格",
        ["divisionLevelSince"] = "任处级职务时间",
        ["sectionChiefSince"] = "任正科级职务时间",
        ["sectionRankFiled"] = "科级职级经组织人事部门审批备案",
        ["grassrootsYears"] = "基层工作年限（年）",
        ["reserveCadre"] = "列入后备干部",
        ["majorProjectParticipant"] = "重大项目主要参与人",
        ["frontlineWork"] = "工作在科研、生产、建设一线",
        ["socialWorkYears"] = "直接从事社会工作服务年限（年）",
        ["keyProjects"] = "参与建设的重点工程",
        ["enterprise.registeredInDistrict"] = "企业在本区注册经营",
        ["enterprise.annualRevenue"] = "企业年主营业务收入（元）",
        ["enterprise.growthYears"] = "企业连续增长年数",
        ["enterprise.industry"] = "企业所属行业",
        ["enterprise.ownsCoreIp"] = "企业拥有核心技术知识产权",
        ["enterprise.goodCredit"] = "企业会计、纳税、银行信用良好",
        ["enterprise.highPollution"] = "属高污染行业或项目",
        ["enterprise.majorIncidents3y"] = "近三年发生重大劳动纠纷、安全事故或扰乱市场秩序行为",
        ["enterprise.hasPartyOrganization"] = "企业建有基层党组织",
        ["year"] = "年份",
        ["recognition"] = "获奖等级",
        ["level"] = "级别",
        ["rank"] = "排名",
        ["status"] = "状态",
        ["inDistrict"] = "区内工程",
        ["award"] = "获奖等级",
    };

    private static readonly Dictionary<string, string> Values = new()
    {
        ["educationLevel:none"] = "无", ["educationLevel:secondary"] = "中专或高中", ["educationLevel:associate"] = "大专",
        ["educationLevel:bachelor"] = "本科", ["educationLevel:master"] = "硕士研究生", ["educationLevel:doctorate"] = "博士研究生",
        ["professionalTitle:none"] = "无", ["professionalTitle:junior"] = "初级", ["professionalTitle:intermediate"] = "中级",
        ["professionalTitle:associate-senior"] = "副高级", ["professionalTitle:senior"] = "正高级",
        ["associationMembership:none"] = "非会员", ["associationMembership:municipal"] = "市级协会会员", ["associationMembership:national"] = "国家级协会会员",
        ["cultureField:arts"] = "文艺创作与表演", ["cultureField:heritage"] = "文化遗产保护", ["cultureField:media"] = "新闻出版广电",
        ["cultureField:literature"] = "文学", ["cultureField:theory"] = "理论研究", ["cultureField:other"] = "其他",
        ["enterpriseRole:first-responsible"] = "企业主要负责人", ["enterpriseRole:core-management"] = "核心管理层",
        ["enterpriseRole:research-team-lead"] = "研发团队负责人", ["enterpriseRole:middle-management"] = "中层管理人员", ["enterpriseRole:other"] = "其他",
        ["enterprise.industry:industrial"] = "工业", ["enterprise.industry:software"] = "软件和信息服务业", ["enterprise.industry:telecom"] = "通信业",
        ["enterprise.industry:services"] = "服务业", ["enterprise.industry:other"] = "其他",
        ["gender:male"] = "男", ["gender:female"] = "女",
        ["vocationalLevel:none"] = "无", ["vocationalLevel:1"] = "高级技师", ["vocationalLevel:2"] = "技师", ["vocationalLevel:3"] = "高级工",
        ["vocationalLevel:4"] = "中级工", ["vocationalLevel:5"] = "初级工",
        ["practisingGrade:none"] = "无", ["practisingGrade:1"] = "一级", ["practisingGrade:2"] = "二级",
        ["recognition:none"] = "未获奖", ["recognition:district"] = "区级", ["recognition:municipal"] = "市级", ["recognition:national"] = "国家级",
        ["award:none"] = "未获奖", ["award:district"] = "区级", ["award:municipal"] = "市级", ["award:national"] = "国家级",
        ["level:district"] = "区级", ["level:municipal"] = "市级", ["level:national"] = "国家级",
        ["status:ongoing"] = "在研", ["status:completed"] = "已结题",
    };

    /// <summary>The item fields of a list fact: name, type (integer, boolean, enum) and the enum's values.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<ItemField>> ItemShapes = new Dictionary<string, IReadOnlyList<ItemField>>
    {
        ["papers"] = [new("year", "integer"), new("recognition", "enum", ["none", "district", "municipal", "national"])],
        ["researchProjects"] = [new("year", "integer"), new("level", "enum", ["district", "municipal", "national"]), new("rank", "integer"), new("status", "enum", ["ongoing", "completed"])],
        ["keyProjects"] = [new("year", "integer"), new("level", "enum", ["district", "municipal", "national"]), new("inDistrict", "boolean"), new("award", "enum", ["none", "district", "municipal", "national"])],
        ["honours"] = [new("year", "integer"), new("level", "enum", ["district", "municipal", "national"])],
    };

    public static string Label(string fact) => Labels.TryGetValue(fact, out var label) ? label : fact;

    public static string Value(string fact, string? value) =>
        value is null ? "" : Values.TryGetValue($"{fact}:{value}", out var label) ? label : value;

    /// <summary>The values an integer fact with named levels takes (vocationalLevel 1..5, practisingGrade 1..2), "none" first.</summary>
    public static IReadOnlyList<string> LevelValues(string fact) =>
        ["none", .. Values.Keys.Where(k => k.StartsWith(fact + ":", StringComparison.Ordinal) && !k.EndsWith(":none", StringComparison.Ordinal)).Select(k => k[(fact.Length + 1)..])];
}

/// <summary>One field of an item in a list fact (a paper's year and recognition).</summary>
public sealed record ItemField(string Name, string Type, IReadOnlyList<string>? AllowedValues = null);
