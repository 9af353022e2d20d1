using System.Text.Json;

namespace Kunpeng.Web.Api.Models;

/// <summary>A nomination in a list (<c>GET /api/nominations</c>).</summary>
public sealed record NominationSummary(
    string Id, string CycleId, string DomainId, int Year, string Tier, string PersonId, string PersonName, string Unit, string Channel,
    string Status, string? LatestVerdict, string? PanelResult, DateTime? SubmittedUtc, int Version);

/// <summary>A nomination in full (<c>GET /api/nominations/{id}</c>).</summary>
public sealed record NominationView(
    string Id, string CycleId, string DomainId, int Year, string Tier, string PersonId, string PersonName, string Unit, string Channel,
    string Status, string NominatedBy, JsonElement Profile, IReadOnlyList<NominationDocument> Documents, IReadOnlyList<Screening> Screenings,
    string? LatestVerdict, IReadOnlyList<string> ReviewerIds, PanelOutcome? Panel, DateTime CreatedUtc, DateTime? SubmittedUtc, int Version)
{
    public Screening? LatestScreening => Screenings.Count == 0 ? null : Screenings[^1];
}

public sealed record NominationDocument(string Id, string Kind, string FileName, string ContentType, long Length, string? Sha256, DateTime UploadedUtc, string? Href);

/// <summary>A screening kept with the nomination (at submission, at a re-screen).</summary>
public sealed record Screening(
    int Number, DateTime AtUtc, string? By, string? PluginId, string? PluginVersion, DateOnly ReferenceDate, string Tier, string Verdict,
    IReadOnlyList<string> NotMet, IReadOnlyList<string> Undecided, IReadOnlyList<string> MissingFacts, IReadOnlyList<ScreenedCondition> Conditions);

public sealed record ScreenedCondition(string Id, string Clause, string TextZh, string Kind, string Status, string? Found, string? Required);

/// <summary>The panel's derived result for one nomination.</summary>
public sealed record PanelOutcome(string? Result, int Reviewers, int Conflicted, int Submitted, int RecommendAdmit, double? AverageScore, IReadOnlyList<string>? Reasons);

/// <summary>A person in the talent database (<c>POST /api/persons</c>).</summary>
public sealed record PersonView(string Id, string ResidentId, bool ResidentIdMasked, string Name, string Unit, DateOnly BirthDate, string Gender, JsonElement Profile, int Version);
