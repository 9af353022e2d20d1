namespace Kunpeng.Host.Security;

/// <summary>An account as the API shows it (never the hash or the stamp).</summary>
/// <param name="Id">Account id.</param>
/// <param name="UserName">Login name.</param>
/// <param name="DisplayName">Display name.</param>
/// <param name="Role">Role.</param>
/// <param name="DomainId">Domain served (bureau officers) or of expertise (experts).</param>
/// <param name="Unit">Unit represented (nominating units).</param>
/// <param name="Disabled">True when the account can no longer log in.</param>
/// <param name="Expertise">An expert's field.</param>
/// <param name="Version">The ETag a change sends in If-Match.</param>
public sealed record AccountView(string Id, string UserName, string DisplayName, string Role, string? DomainId, string? Unit, bool Disabled, string? Expertise, int Version)
{
    public static AccountView Of(Account a) => new(a.Id, a.UserName, a.DisplayName, a.Role, a.DomainId, a.Unit, a.Disabled, a.Expertise, a.Version);
}
