using System.Text.Json;

namespace Kunpeng.Host.Workflow.Persons;

/// <summary>A request to enter a person into the talent database.</summary>
/// <param name="ResidentId">18-character PRC resident ID (GB 11643); unique in the database.</param>
/// <param name="Name">Full name.</param>
/// <param name="Unit">Where the person works.</param>
/// <param name="Profile">Facts (docs/profile-facts.md), a JSON object; optional.</param>
public sealed record NewPerson(string? ResidentId, string? Name, string? Unit, JsonElement? Profile = null);

/// <summary>A change to a person (the resident ID never changes).</summary>
/// <param name="Name">New name, or null to keep.</param>
/// <param name="Unit">New unit, or null to keep.</param>
/// <param name="Profile">New facts, or null to keep.</param>
public sealed record PersonUpdate(string? Name = null, string? Unit = null, JsonElement? Profile = null);

/// <summary>A person as the caller may see them: the resident ID whole only for the Talent Office and the bureau of a domain they are nominated in.</summary>
public sealed record PersonView(
    string Id, string ResidentId, bool ResidentIdMasked, string Name, string Unit, DateOnly BirthDate, string Gender,
    JsonElement Profile, IReadOnlyList<string> NominatedIn, DateTime CreatedUtc, int Version);

/// <summary>A person in a list (resident ID always masked).</summary>
public sealed record PersonSummary(string Id, string ResidentId, string Name, string Unit, string Gender, IReadOnlyList<string> NominatedIn, int Version);

/// <summary>One event in a person's history across cycles and domains.</summary>
/// <param name="Year">Cycle year.</param>
/// <param name="CycleId">Cycle.</param>
/// <param name="DomainId">Domain.</param>
/// <param name="Event">nominated, selected, not-selected, tier-changed, granted.</param>
/// <param name="Tier">Tier concerned.</param>
/// <param name="Detail">Status, verdict, previous tier or grant status.</param>
/// <param name="NominationId">The nomination, where there is one.</param>
/// <param name="Amount">Grant amount (CNY) for granted.</param>
/// <param name="AtUtc">When, where known.</param>
public sealed record HistoryEntry(
    int Year, string CycleId, string DomainId, string Event, string Tier, string? Detail, string? NominationId, decimal? Amount, DateTime? AtUtc);

/// <summary>A person's history.</summary>
public sealed record PersonHistory(string PersonId, string Name, IReadOnlyList<HistoryEntry> Entries);

/// <summary>Resident IDs as lists show them.</summary>
public static class ResidentIdMask
{
    /// <summary>120222********123X: region kept, birth date and sequence hidden, last four kept.</summary>
    public static string Mask(string residentId) =>
        residentId.Length == 18 ? string.Concat(residentId.AsSpan(0, 6), "********", residentId.AsSpan(14, 4)) : new string('*', residentId.Length);
}
