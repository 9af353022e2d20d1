using Kunpeng.Abstractions;

namespace Kunpeng.Host.Api.Models;

/// <summary>A body named by the rules and its roles.</summary>
/// <param name="NameZh">e.g. 区教师进修学校.</param>
/// <param name="NameEn">English rendering.</param>
/// <param name="Roles">e.g. drafts-plan, approves-plan.</param>
public sealed record OrganizingBodyView(string NameZh, string NameEn, IReadOnlyList<BodyRole> Roles);
