namespace Kunpeng.Web.Text;

/// <summary>
/// The Chinese word for every API term the interface shows (shared/docs/glossary-zh.md). An unknown
/// term is shown as the API wrote it rather than hidden.
/// </summary>
public static class Terms
{
    public static string Role(string? role) => role switch
    {
        "talent-office" => "区人才办",
        "bureau-officer" => "主管部门",
        "expert-reviewer" => "评审专家",
        "nominating-unit" => "推荐单位",
        "applicant" => "个人申报人",
        _ => role ?? "",
    };

    public static readonly IReadOnlyList<string> Roles = ["talent-office", "bureau-officer", "expert-reviewer", "nominating-unit", "applicant"];

    public static string NominationStatus(string? status) => status switch
    {
        "draft" => "草稿",
        "submitted" => "已提交",
        "under-review" => "评审中",
        "panel-passed" => "评审通过",
        "panel-rejected" => "评审未通过",
        "selected" => "入选",
        "not-selected" => "未入选",
        "withdrawn" => "已撤回",
        "returned" => "已退回修改",
        _ => status ?? "",
    };

    public static readonly IReadOnlyList<string> NominationStatuses =
        ["draft", "submitted", "under-review", "panel-passed", "panel-rejected", "selected", "not-selected", "withdrawn"];

    public static string Verdict(string? verdict) => verdict switch
    {
        "eligible" => "符合条件",
        "pending-review" => "待评审小组评议",
        "needs-exception" => "需破格说明",
        "incomplete" => "信息不全",
        "ineligible" => "不符合条件",
        null or "" => "未初审",
        _ => verdict,
    };

    public static readonly IReadOnlyList<string> Verdicts = ["eligible", "pending-review", "needs-exception", "incomplete", "ineligible"];

    public static string ConditionKind(string? kind) => kind switch
    {
        "hard" => "硬性条件",
        "general" => "一般性条件",
        "qualitative" => "评议条件",
        "preference" => "优先条件",
        _ => kind ?? "",
    };

    /// <summary>What checking one condition found: met / not met / awaits the panel / missing.</summary>
    public static string ConditionStatus(string? status) => status switch
    {
        "met" => "符合",
        "not-met" => "不符合",
        "awaits-panel" => "待评议",
        "undecided" or "missing" => "缺少信息",
        _ => status ?? "",
    };

    public static string CycleStage(string? stage) => stage switch
    {
        "nominating" => "推荐申报",
        "reviewing" => "专家评审",
        "determined" => "已确定人选",
        "implementing" => "组织实施",
        "summarized" => "已报送总结",
        "accepted" => "验收合格",
        "closed" => "经费已拨付",
        _ => stage ?? "",
    };

    public static string PanelResult(string? result) => result switch
    {
        "pending" => "评审中",
        "passed" => "评审通过",
        "rejected" => "评审未通过",
        null or "" => "—",
        _ => result,
    };

    public static string Recommendation(string? recommendation) => recommendation switch
    {
        "admit" => "推荐",
        "reject" => "不推荐",
        _ => recommendation ?? "",
    };

    public static string DeterminationStatus(string? status) => status switch
    {
        "proposed" => "建议名单（未确定）",
        "awaiting-approval" => "超出浮动比例，待区人才办审批",
        "fixed" => "已确定",
        "returned" => "已退回",
        _ => status ?? "",
    };

    public static string PlanStatus(string? status) => status switch
    {
        "draft" => "草稿",
        "submitted" => "已提交审批",
        "approved" => "已审批",
        "filed" => "已报区人才办备案",
        "returned" => "已退回",
        null or "" => "未编制",
        _ => status,
    };

    public static string SummaryStatus(string? status) => status switch
    {
        "submitted" => "已报送",
        "accepted" => "验收合格",
        "returned" => "已退回",
        _ => status ?? "",
    };

    public static string GrantStatus(string? status) => status switch
    {
        "paid" => "已拨付",
        "reduced" => "减拨",
        "withheld" => "暂缓拨付",
        _ => status ?? "",
    };

    public static string Channel(string? channel) => channel switch
    {
        "unit-nomination" => "单位推荐",
        "association-nomination" => "协会推荐",
        "self-application" => "个人申报",
        "organizer-designation" => "主管部门确定",
        _ => channel ?? "",
    };

    public static string DocumentKind(string? kind) => kind switch
    {
        "id-proof" => "身份证明",
        "diploma" => "学历证书",
        "award-certificate" => "获奖证书",
        "achievement-proof" => "业绩证明",
        "other" => "其他材料",
        _ => kind ?? "",
    };

    public static readonly IReadOnlyList<string> DocumentKinds = ["id-proof", "diploma", "award-certificate", "achievement-proof", "other"];

    public static string EngagementKind(string? kind) => kind switch
    {
        "symposium" => "座谈会",
        "visit" => "走访慰问",
        "publicity" => "宣传报道",
        _ => kind ?? "",
    };

    public static string PluginStatus(string? status) => status switch
    {
        "active" => "运行中",
        "malfunctioned" => "加载失败",
        "not-supported" => "契约版本不支持",
        "conflicted" => "领域重复",
        _ => status ?? "",
    };

    public static string PluginEvent(string? e) => e switch
    {
        "loaded" => "加载",
        "added" => "新增",
        "replaced" => "替换",
        "refused" => "拒绝",
        "retired" => "下线",
        _ => e ?? "",
    };

    public static string MeasureOrigin(string? origin) => origin switch
    {
        "default" => "默认",
        "customized" => "已修改",
        "added" => "主管部门新增",
        "bureau-added" => "主管部门新增",
        "retired" => "已停用",
        _ => origin ?? "",
    };

    public static string TierFallback(string? tier) => tier switch
    {
        "top" => "拔尖人才",
        "backbone" => "骨干人才",
        "division" => "优秀处级干部",
        "section" => "优秀科级干部",
        _ => tier ?? "",
    };
}
