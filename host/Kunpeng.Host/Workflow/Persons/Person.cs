using Kunpeng.Host.Workflow.Writing;
using Kunpeng.Registry;

namespace Kunpeng.Host.Workflow.Persons;

/// <summary>A person in the talent database (本土人才信息库, <c>persons</c> collection); one per resident ID.</summary>
public sealed class Person : IVersionedRecord
{
    public static readonly RecordSet<Person> Set = new("persons");

    /// <summary>
    /// Persons carry personal data: outside the caller's scope a person does not exist for them (404).
    /// The audit trail keeps the resident ID masked, since it is read more widely than the database.
    /// </summary>
    public static readonly RecordKind<Person> Kind = new()
    {
        Set = Set,
        EntityType = "person",
        Title = "Person",
        DomainOf = _ => null,
        CanSee = PersonScope.CanSee,
        Audited = p => new
        {
            p.Id, ResidentId = ResidentIdMask.Mask(p.ResidentId), p.Name, p.Unit, p.Gender, p.ProfileJson, p.CreatedBy, p.Version,
        },
    };

    public string Id { get; set; } = "";
    /// <summary>The validated 18-character resident ID (unique); shown whole only to those entitled to it.</summary>
    public string ResidentId { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>Where the person works.</summary>
    public string Unit { get; set; } = "";
    /// <summary>Derived from the resident ID.</summary>
    public DateTime BirthDate { get; set; }
    /// <summary><c>male</c> or <c>female</c>, derived from the resident ID.</summary>
    public string Gender { get; set; } = "";
    /// <summary>The person's facts (docs/profile-facts.md) as a JSON object; copied into each nomination when it is made.</summary>
    public string ProfileJson { get; set; } = "{}";
    /// <summary>Account that entered the person.</summary>
    public string CreatedBy { get; set; } = "";
    /// <summary>Unit of the account that entered the person (nominating units see the persons they entered).</summary>
    public string? CreatedByUnit { get; set; }
    /// <summary>Domains the person has been nominated in (kept by the nomination service), so a bureau's scope is one index lookup.</summary>
    public List<string> NominatedIn { get; set; } = [];
    /// <summary>Units that have nominated the person.</summary>
    public List<string> NominatedByUnits { get; set; } = [];
    /// <summary>
    /// Who may list the person, as index keys (<c>domain:{id}</c>, <c>unit:{name}</c>): one multikey
    /// index answers a bureau's or a unit's list, where an OR of two fields would scan the collection.
    /// </summary>
    public List<string> Scopes { get; set; } = [];
    public DateTime CreatedUtc { get; set; }
    public int Version { get; set; } = 1;
}
