using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Writing;
using Kunpeng.Registry;

namespace Kunpeng.Host.Workflow.Reviews;

/// <summary>One reviewer's review of one nomination (<c>reviews</c>, id = {nominationId}:{reviewerId}).</summary>
public sealed class Review : IVersionedRecord
{
    public static readonly RecordSet<Review> Set = new("reviews");

    /// <summary>
    /// A review is seen by the domain's bureau, the Talent Office and the reviewer who wrote it; it
    /// belongs to its nomination's trail, so the nomination's history shows its reviews and conflicts.
    /// </summary>
    public static readonly RecordKind<Review> Kind = new()
    {
        Set = Set,
        EntityType = "review",
        Title = "Review",
        DomainOf = r => r.DomainId,
        CanSee = (actor, r) => actor.CanManageDomain(r.DomainId) || (actor.Role == KunpengRoles.ExpertReviewer && r.ReviewerId == actor.AccountId),
        RootOf = r => new AuditRoot("nomination", r.NominationId),
    };

    public string Id { get; set; } = "";
    public string NominationId { get; set; } = "";
    public string CycleId { get; set; } = "";
    public string DomainId { get; set; } = "";
    public string ReviewerId { get; set; } = "";
    public string ReviewerName { get; set; } = "";
    /// <summary>True once the reviewer declared a conflict of interest: they review nothing of this nomination.</summary>
    public bool Conflict { get; set; }
    public string? ConflictNote { get; set; }
    /// <summary>One per qualitative condition of the tier.</summary>
    public List<ConditionJudgment> Judgments { get; set; } = [];
    /// <summary>The documents were checked and found authentic.</summary>
    public bool? DocumentsAuthentic { get; set; }
    public string? DocumentsNote { get; set; }
    /// <summary>0–100.</summary>
    public int? Score { get; set; }
    /// <summary>admit or reject.</summary>
    public string? Recommendation { get; set; }
    /// <summary>Written justifications for admitting despite a general (一般) condition not met.</summary>
    public List<ExceptionJustification> Exceptions { get; set; } = [];
    public string? Comment { get; set; }
    public DateTime? SubmittedUtc { get; set; }
    public int Version { get; set; } = 1;

    /// <summary>The id of a reviewer's review of a nomination.</summary>
    public static string IdOf(string nominationId, string reviewerId) => $"{nominationId}:{reviewerId}";
}
