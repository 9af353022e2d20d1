using Kunpeng.Abstractions;

namespace Kunpeng.PluginKit;

/// <summary>
/// The words the implementation rules use for each value of the shared enumerations, so an outcome
/// reads "本科" or "副高级" beside a clause that says 本科及以上学历 or 副高级以上职称.
/// </summary>
internal static class ChineseNames
{
    public static string Of(EducationLevel value) => value switch
    {
        EducationLevel.None => "无学历",
        EducationLevel.Secondary => "高中/中专",
        EducationLevel.Associate => "大专",
        EducationLevel.Bachelor => "本科",
        EducationLevel.Master => "硕士研究生",
        EducationLevel.Doctorate => "博士研究生",
        _ => Fallback(value),
    };

    /// <remarks>A school teacher's 高级教师 is 副高级 and 一级教师 is 中级 (docs/domains.md).</remarks>
    public static string Of(ProfessionalTitle value) => value switch
    {
        ProfessionalTitle.None => "无职称",
        ProfessionalTitle.Junior => "初级",
        ProfessionalTitle.Intermediate => "中级",
        ProfessionalTitle.AssociateSenior => "副高级",
        ProfessionalTitle.Senior => "正高级",
        _ => Fallback(value),
    };

    public static string Of(Gender value) => value switch
    {
        Gender.Male => "男",
        Gender.Female => "女",
        _ => Fallback(value),
    };

    public static string Of(RecognitionLevel value) => value switch
    {
        RecognitionLevel.None => "无",
        RecognitionLevel.District => "区级",
        RecognitionLevel.Municipal => "市级",
        RecognitionLevel.National => "国家级",
        _ => Fallback(value),
    };

    public static string Of(ProjectLevel value) => value switch
    {
        ProjectLevel.District => "区级",
        ProjectLevel.Municipal => "市级",
        ProjectLevel.National => "国家级",
        _ => Fallback(value),
    };

    public static string Of(ProjectStatus value) => value switch
    {
        ProjectStatus.Ongoing => "正在进行",
        ProjectStatus.Completed => "已完成",
        _ => Fallback(value),
    };

    public static string Of(EnterpriseRole value) => value switch
    {
        EnterpriseRole.FirstResponsible => "企业第一负责人",
        EnterpriseRole.CoreManagement => "企业核心管理",
        EnterpriseRole.ResearchTeamLead => "重要科研团队带头人",
        EnterpriseRole.MiddleManagement => "中层管理",
        EnterpriseRole.Other => "其他",
        _ => Fallback(value),
    };

    public static string Of(AssociationMembership value) => value switch
    {
        AssociationMembership.None => "非会员",
        AssociationMembership.Municipal => "市级协会会员",
        AssociationMembership.National => "国家级协会会员",
        _ => Fallback(value),
    };

    public static string Of(CultureField value) => value switch
    {
        CultureField.Arts => "文化艺术",
        CultureField.Heritage => "文化遗产保护",
        CultureField.Media => "新闻传媒",
        CultureField.Literature => "文学创作",
        CultureField.Theory => "理论研究",
        CultureField.Other => "其他",
        _ => Fallback(value),
    };

    public static string Of(Industry value) => value switch
    {
        Industry.Industrial => "工业",
        Industry.Software => "软件",
        Industry.Telecom => "通讯",
        Industry.Services => "服务业",
        Industry.Other => "其他",
        _ => Fallback(value),
    };

    /// <summary>职业资格等级: 1 = 高级技师 … 5 = 初级工; the number is kept because forms print it.</summary>
    public static string OfVocationalLevel(int level) => level switch
    {
        1 => "高级技师（一级）",
        2 => "技师（二级）",
        3 => "高级工（三级）",
        4 => "中级工（四级）",
        5 => "初级工（五级）",
        _ => $"{level} 级",
    };

    /// <summary>A vocational qualification level the candidate is known not to hold.</summary>
    public const string NoVocationalQualification = "无职业资格";

    /// <summary>A practising qualification the candidate is known not to hold.</summary>
    public const string NoPractisingQualification = "无执业资格";

    /// <summary>执业资格: 1 = 一级, 2 = 二级.</summary>
    public static string OfPractisingGrade(int grade) => grade switch
    {
        1 => "一级",
        2 => "二级",
        _ => $"{grade} 级",
    };

    /// <summary>Any shared enumeration, for checks that are generic over the enum type.</summary>
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum => value switch
    {
        EducationLevel v => Of(v),
        ProfessionalTitle v => Of(v),
        Gender v => Of(v),
        RecognitionLevel v => Of(v),
        ProjectLevel v => Of(v),
        ProjectStatus v => Of(v),
        EnterpriseRole v => Of(v),
        AssociationMembership v => Of(v),
        CultureField v => Of(v),
        Industry v => Of(v),
        _ => Fallback(value),
    };

    // A value added to a contract enum after this kit was built still reads as its JSON name.
    private static string Fallback<TEnum>(TEnum value) where TEnum : struct, Enum => JsonNames.Of(value);
}
