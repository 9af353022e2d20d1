namespace Kunpeng.Host.Security;

/// <summary>A request to create a local account.</summary>
/// <param name="UserName">Login name, 3–64 characters.</param>
/// <param name="Password">At least 10 characters, not a common password (see the README's security section).</param>
/// <param name="DisplayName">Name shown to others, e.g. 区教育局 张老师.</param>
/// <param name="Role">talent-office, bureau-officer, expert-reviewer, nominating-unit or applicant.</param>
/// <param name="DomainId">For a bureau officer: the domain served (required); for an expert: the domain of expertise (optional).</param>
/// <param name="Unit">For a nominating unit: the unit's name.</param>
/// <param name="Expertise">For an expert: the field, as the reviewer directory shows it (e.g. 结构工程).</param>
public sealed record NewAccount(string? UserName, string? Password, string? DisplayName, string Role, string? DomainId, string? Unit, string? Expertise = null);
