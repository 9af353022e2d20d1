namespace Kunpeng.Host.Api.Models;

/// <summary>A tier of a domain.</summary>
/// <param name="Id">top / backbone (party-government: division / section).</param>
/// <param name="NameZh">e.g. 拔尖人才.</param>
/// <param name="NameEn">e.g. Top talent.</param>
/// <param name="QuotaTarget">People a year, or null where the rules give no number.</param>
/// <param name="QuotaApproximate">True for "about N" (左右): a target, not a cap.</param>
/// <param name="QuotaTextZh">The rules' words, e.g. 每年5名左右.</param>
/// <param name="GrantCny">Grant per person per accepted cycle, CNY.</param>
public sealed record TierView(string Id, string NameZh, string NameEn, int? QuotaTarget, bool QuotaApproximate, string QuotaTextZh, decimal GrantCny);
