namespace Kunpeng.Host.Security;

/// <summary>A request to create a local account.</summary>
/// <param name="UserName">Login name, 3–64 characters.</param>
/// <param name="Password">At least 10 characters.</param>
/// <param name="DisplayName">Name shown to others, e.g. 区教育局 张老师.</param>
/// <param name="Role">talent-office, bureau-officer, expert-reviewer, nominating-unit or applicant.</param>
/// <param name="DomainId">For a bureau officer: the domain served.</param>
/// <param name="Unit">For a nominating unit: the unit's name.</param>
public sealed record NewAccount(string? UserName, string? Password, string? DisplayName, string Role, string? DomainId, string? Unit);
