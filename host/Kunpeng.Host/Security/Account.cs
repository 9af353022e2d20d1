using System.Text.Json.Serialization;
using Kunpeng.Host.Workflow.Writing;
using Kunpeng.Registry;

namespace Kunpeng.Host.Security;

/// <summary>A local account in the registry (<c>accounts</c> collection).</summary>
public sealed class Account : IVersionedRecord
{
    public static readonly RecordSet<Account> Set = new("accounts");

    /// <summary>
    /// The Talent Office sees every account, a holder their own; to anyone else an account id is
    /// unknown (404). The reviewer directory shows experts' names without reading through this kind.
    /// </summary>
    public static readonly RecordKind<Account> Kind = new()
    {
        Set = Set,
        EntityType = "account",
        Title = "Account",
        DomainOf = a => a.DomainId,
        CanSee = (actor, a) => actor.IsTalentOffice || actor.AccountId == a.Id,
    };

    public string Id { get; set; } = "";
    /// <summary>Unique, case-insensitive (stored lower-case).</summary>
    public string UserName { get; set; } = "";
    public string DisplayName { get; set; } = "";

    /// <summary>Never in the audit trail or any view.</summary>
    [JsonIgnore]
    public string PasswordHash { get; set; } = "";

    /// <summary>
    /// Changes whenever the account's tokens must stop working (disabled, password reset or changed,
    /// domain moved); every token carries the stamp it was issued with and is refused once it differs.
    /// Empty on accounts stored before stamps existed (their tokens carry none, and match until the first change).
    /// </summary>
    [JsonIgnore]
    public string SecurityStamp { get; set; } = "";

    public string Role { get; set; } = "";
    /// <summary>The domain a bureau officer serves; an expert reviewer's domain of expertise.</summary>
    public string? DomainId { get; set; }
    /// <summary>An expert's field, as the reviewer directory shows it (e.g. 结构工程).</summary>
    public string? Expertise { get; set; }
    public string? Unit { get; set; }
    public bool Disabled { get; set; }
    public DateTime CreatedUtc { get; set; }
    /// <summary>When the password was last set (null: at creation); audited instead of the hash.</summary>
    public DateTime? PasswordChangedUtc { get; set; }
    public int Version { get; set; } = 1;

    public Actor ToActor() => new(Id, DisplayName, Role, DomainId, Unit);
}
