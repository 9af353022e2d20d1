using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kunpeng.Host.Workflow.Nominations;

/// <summary>How a nomination entered the domain.</summary>
public static class NominationChannels
{
    public const string Unit = "unit-nomination";
    public const string Association = "association-nomination";
    public const string SelfApplication = "self-application";
    public const string OrganizerDesignation = "organizer-designation";
}

/// <summary>A request to nominate a person.</summary>
/// <param name="CycleId">The cycle, e.g. education-2015.</param>
/// <param name="PersonId">The person in the talent database.</param>
/// <param name="Tier">The tier applied for (top/backbone; party-government division/section).</param>
/// <param name="Profile">The candidate's facts (docs/profile-facts.md); default: the person's stored facts.</param>
/// <param name="Unit">
/// The nominating unit. A nominating-unit account always nominates as its own unit; an applicant as
/// themselves; the bureau and the Talent Office name the unit (default: the person's unit).
/// </param>
/// <param name="Channel">For the bureau and Talent Office: association-nomination or unit-nomination when entering a unit's paper nomination; default organizer-designation.</param>
public sealed record NewNomination(string? CycleId, string? PersonId, string? Tier, JsonElement? Profile = null, string? Unit = null, string? Channel = null);

/// <summary>A change to a draft nomination.</summary>
/// <param name="Tier">New tier, or null to keep.</param>
/// <param name="Profile">New facts, or null to keep.</param>
public sealed record NominationUpdate(string? Tier = null, JsonElement? Profile = null);

/// <summary>A nomination in a list.</summary>
public sealed record NominationSummary(
    string Id, string CycleId, string DomainId, int Year, string Tier, string PersonId, string PersonName, string Unit,
    string Channel, NominationStatus Status, string? LatestVerdict, string? PanelResult, DateTime? SubmittedUtc, int Version)
{
    public static NominationSummary Of(Nomination n) => new(
        n.Id, n.CycleId, n.DomainId, n.Year, n.Tier, n.PersonId, n.PersonName, n.Unit, n.Channel, n.Status, n.LatestVerdict,
        n.Panel?.Result, n.SubmittedUtc, n.Version);
}

/// <summary>A nomination in full.</summary>
public sealed record NominationView(
    string Id, string CycleId, string DomainId, int Year, string Tier, string PersonId, string PersonName, string Unit,
    string Channel, NominationStatus Status, string NominatedBy, JsonElement Profile, IReadOnlyList<NominationDocumentView> Documents,
    IReadOnlyList<Screening> Screenings, string? LatestVerdict, IReadOnlyList<string> ReviewerIds, PanelOutcome? Panel,
    DateTime CreatedUtc, DateTime? SubmittedUtc, int Version)
{
    public static NominationView Of(Nomination n) => new(
        n.Id, n.CycleId, n.DomainId, n.Year, n.Tier, n.PersonId, n.PersonName, n.Unit, n.Channel, n.Status, n.NominatedBy,
        JsonDocument.Parse(n.ProfileJson).RootElement.Clone(), n.Documents.Select(d => NominationDocumentView.Of(n.Id, d)).ToList(), n.Screenings,
        n.LatestVerdict, n.ReviewerIds, n.Panel, n.CreatedUtc, n.SubmittedUtc, n.Version);
}

/// <summary>A document as listed on a nomination (the bytes come from its download link).</summary>
public sealed record NominationDocumentView(
    string Id, string Kind, string FileName, string ContentType, long Length, string Sha256, DateTime UploadedUtc,
    [property: JsonPropertyName("href")] string Href)
{
    public static NominationDocumentView Of(string nominationId, NominationDocument d) =>
        new(d.Id, d.Kind, d.FileName, d.ContentType, d.Length, d.Sha256, d.UploadedUtc, $"/api/nominations/{nominationId}/documents/{d.Id}");
}

/// <summary>List filters for nominations.</summary>
public sealed record NominationFilter(
    string? DomainId = null, string? CycleId = null, string? Tier = null, NominationStatus? Status = null, string? Unit = null,
    string? Verdict = null, string? PersonId = null);
