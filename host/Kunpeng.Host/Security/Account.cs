namespace Kunpeng.Host.Security;

/// <summary>A local account in the registry (<c>accounts</c> collection).</summary>
public sealed class Account
{
    public string Id { get; set; } = "";
    /// <summary>Unique, case-insensitive (stored lower-case).</summary>
    public string UserName { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    public string Role { get; set; } = "";
    public string? DomainId { get; set; }
    public string? Unit { get; set; }
    public bool Disabled { get; set; }
    public DateTime CreatedUtc { get; set; }
    public int Version { get; set; } = 1;

    public Actor ToActor() => new(Id, DisplayName, Role, DomainId, Unit);
}
