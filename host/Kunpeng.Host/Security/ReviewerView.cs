namespace Kunpeng.Host.Security;

/// <summary>An expert as the reviewer directory and the panel show them: a name to choose by, never a login name or contact.</summary>
/// <param name="Id">Account id (what a panel lists).</param>
/// <param name="DisplayName">Name, e.g. 评审专家 王立新.</param>
/// <param name="DomainId">Domain of expertise, if given.</param>
/// <param name="Expertise">Field, if given.</param>
public sealed record ReviewerView(string Id, string DisplayName, string? DomainId, string? Expertise)
{
    public static ReviewerView Of(Account a) => new(a.Id, a.DisplayName, a.DomainId, a.Expertise);
}
