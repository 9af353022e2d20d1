namespace Kunpeng.Abstractions;

/// <summary>One of a domain's two tiers.</summary>
/// <param name="Id"><c>top</c> / <c>backbone</c>; party-government <c>division</c> / <c>section</c>.</param>
/// <param name="NameZh">e.g. 拔尖人才, 优秀处级干部.</param>
/// <param name="NameEn">e.g. Top talent.</param>
/// <param name="Quota">The yearly target, or null where the rules give no number (党政: 一批).</param>
/// <param name="QuotaTextZh">The rules' own words for the quota, e.g. 每年5名左右 or 一批.</param>
/// <param name="GrantCny">Grant per person per accepted cycle, CNY.</param>
public sealed record TierDefinition(
    string Id,
    string NameZh,
    string NameEn,
    TierQuota? Quota,
    string QuotaTextZh,
    decimal GrantCny);
