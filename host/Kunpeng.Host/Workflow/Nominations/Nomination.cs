using System.Text.Json.Serialization;
using Kunpeng.Host.Workflow.Writing;
using Kunpeng.Registry;

namespace Kunpeng.Host.Workflow.Nominations;

/// <summary>A person put forward for a domain, tier and cycle (<c>nominations</c> collection).</summary>
public sealed class Nomination : IVersionedRecord
{
    public static readonly RecordSet<Nomination> Set = new("nominations");

    /// <summary>Outside the caller's scope a nomination does not exist for them (see <see cref="NominationScope"/>).</summary>
    public static readonly RecordKind<Nomination> Kind = new()
    {
        Set = Set,
        EntityType = "nomination",
        Title = "Nomination",
        DomainOf = n => n.DomainId,
        CanSee = NominationScope.CanSee,
        Stages = NominationStages.Table,
    };

    public string Id { get; set; } = "";
    public string CycleId { get; set; } = "";
    public string DomainId { get; set; } = "";
    public int Year { get; set; }
    /// <summary>Tier applied for (top/backbone; division/section).</summary>
    public string Tier { get; set; } = "";
    public string PersonId { get; set; } = "";
    /// <summary>Copied for lists and the ledger, so a list page needs no join.</summary>
    public string PersonName { get; set; } = "";
    /// <summary>Account that created it.</summary>
    public string NominatedBy { get; set; } = "";
    /// <summary>The nominating unit (or the applicant's own name for a self-application).</summary>
    public string Unit { get; set; } = "";
    public NominationStatus Status { get; set; } = NominationStatus.Draft;
    /// <summary>unit-nomination, association-nomination, self-application or organizer-designation.</summary>
    public string Channel { get; set; } = "";
    /// <summary>The candidate's facts for this nomination (a JSON object, docs/profile-facts.md).</summary>
    public string ProfileJson { get; set; } = "{}";
    public List<NominationDocument> Documents { get; set; } = [];
    /// <summary>Every screening, oldest first; never rewritten.</summary>
    public List<Screening> Screenings { get; set; } = [];
    /// <summary>The verdict of the latest screening, for filtering; null before submit.</summary>
    public string? LatestVerdict { get; set; }
    /// <summary>Expert reviewers assigned (account ids).</summary>
    public List<string> ReviewerIds { get; set; } = [];
    /// <summary>The panel's derived result; null until reviewers are assigned.</summary>
    public PanelOutcome? Panel { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? SubmittedUtc { get; set; }
    public int Version { get; set; } = 1;

    /// <summary>
    /// Cycle, status and latest verdict as one stored key (<see cref="NominationStageKey"/>), for the
    /// stage index the status and verdict filters seek on; computed, so it is never out of step.
    /// Not part of the record's JSON (audit trail, views): it says nothing the other fields do not.
    /// </summary>
    [JsonIgnore]
    public string Stage => NominationStageKey.Of(CycleId, Status, LatestVerdict);
}
