namespace Kunpeng.Abstractions;

/// <summary>A body named by the rules (bureau, school, centre, assisting unit) and what it does.</summary>
/// <param name="NameZh">Name as the rules write it, e.g. 区教育局.</param>
/// <param name="NameEn">English rendering, e.g. District Education Bureau.</param>
/// <param name="Roles">What the rules give this body to do.</param>
public sealed record OrganizingBody(string NameZh, string NameEn, IReadOnlyList<BodyRole> Roles);
