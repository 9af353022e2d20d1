using Kunpeng.Registry;

namespace Kunpeng.Host.Workflow.Grants;

/// <summary>
/// One line of the grant ledger (<c>grants</c>): what one selected person is granted for one
/// accepted cycle. Written once, when the Talent Office releases the cycle's grants; never changed.
/// A unique index on <see cref="CyclePerson"/> makes a second payment impossible.
/// </summary>
public sealed class GrantRecord
{
    public static readonly RecordSet<GrantRecord> Set = new("grants");

    public string Id { get; set; } = "";
    public string CycleId { get; set; } = "";
    public string DomainId { get; set; } = "";
    public int Year { get; set; }
    public string PersonId { get; set; } = "";
    public string PersonName { get; set; } = "";
    public string NominationId { get; set; } = "";
    public string Tier { get; set; } = "";
    /// <summary>The tier's grant under the rules (10,000 top/division, 5,000 backbone/section).</summary>
    public decimal StandardAmount { get; set; }
    /// <summary>What is granted: the standard amount, less when reduced, 0 when withheld.</summary>
    public decimal Amount { get; set; }
    public GrantStatus Status { get; set; }
    /// <summary>Why it was withheld or reduced (required then); null when paid in full.</summary>
    public string? Reason { get; set; }
    public DateTime AtUtc { get; set; }
    public string ByActor { get; set; } = "";
    public string ByActorName { get; set; } = "";
    /// <summary><c>{cycleId}|{personId}</c>: unique.</summary>
    public string CyclePerson { get; set; } = "";

    public static string Key(string cycleId, string personId) => $"{cycleId}|{personId}";
}

/// <summary>What became of a person's grant.</summary>
public enum GrantStatus
{
    /// <summary>The tier's full amount.</summary>
    Paid,
    /// <summary>Not granted, with a reason.</summary>
    Withheld,
    /// <summary>Less than the tier's amount, with a reason.</summary>
    Reduced,
}
