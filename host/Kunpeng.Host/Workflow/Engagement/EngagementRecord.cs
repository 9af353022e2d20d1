using Kunpeng.Host.Workflow.Writing;
using Kunpeng.Registry;

namespace Kunpeng.Host.Workflow.Engagement;

/// <summary>
/// Something done to create a good atmosphere (营造良好氛围) in a cycle (<c>engagements</c>): a
/// symposium (座谈会) or visit (走访慰问) for the cycle's top talents, or a publicity item (宣传).
/// </summary>
public sealed class EngagementRecord : IVersionedRecord
{
    public static readonly RecordSet<EngagementRecord> Set = new("engagements");

    /// <summary>
    /// The record kind (named <c>Entity</c>: <see cref="Kind"/> is the engagement's own kind). Known to the
    /// domain's managers; each step refuses (403) a bureau officer of another domain.
    /// </summary>
    public static readonly RecordKind<EngagementRecord> Entity = new()
    {
        Set = Set,
        EntityType = "engagement",
        Title = "Engagement",
        DomainOf = e => e.DomainId,
        CanSee = (_, _) => true,
    };

    public string Id { get; set; } = "";
    public string CycleId { get; set; } = "";
    public string DomainId { get; set; } = "";
    public int Year { get; set; }
    public EngagementKind Kind { get; set; }
    public DateOnly Date { get; set; }
    public string Title { get; set; } = "";
    public string? Place { get; set; }
    /// <summary>For publicity: the outlet (media, website, exhibition).</summary>
    public string? Outlet { get; set; }
    /// <summary>
    /// Symposium and visit: the top talents taking part (selected in the cycle's top tier), at least one.
    /// Publicity: the talents featured, selected in the cycle (any tier), optional.
    /// </summary>
    public List<string> ParticipantNominationIds { get; set; } = [];
    public string? Notes { get; set; }
    public DateTime RecordedUtc { get; set; }
    public string RecordedBy { get; set; } = "";
    public int Version { get; set; } = 1;
}

/// <summary>Kinds of engagement.</summary>
public enum EngagementKind
{
    /// <summary>座谈会.</summary>
    Symposium,
    /// <summary>走访慰问.</summary>
    Visit,
    /// <summary>宣传表彰 through media.</summary>
    Publicity,
}

/// <summary>An engagement (created or replaced whole).</summary>
/// <param name="Kind">symposium, visit or publicity.</param>
/// <param name="Date">yyyy-MM-dd.</param>
/// <param name="Title">What it was.</param>
/// <param name="Place">Where (symposium, visit).</param>
/// <param name="Outlet">Media or channel (publicity).</param>
/// <param name="ParticipantNominationIds">Symposium/visit: top talents selected in the cycle (≥ 1). Publicity: talents featured (optional).</param>
/// <param name="Notes">Free text.</param>
public sealed record EngagementInput(
    string? Kind, string? Date, string? Title, string? Place, string? Outlet, IReadOnlyList<string>? ParticipantNominationIds, string? Notes);

/// <summary>An engagement.</summary>
/// <param name="Id">Id.</param>
/// <param name="CycleId">Cycle.</param>
/// <param name="DomainId">Domain.</param>
/// <param name="Year">Cycle year.</param>
/// <param name="Kind">symposium, visit or publicity.</param>
/// <param name="Date">When.</param>
/// <param name="Title">What.</param>
/// <param name="Place">Where.</param>
/// <param name="Outlet">Media.</param>
/// <param name="ParticipantNominationIds">Talents taking part or featured.</param>
/// <param name="Notes">Notes.</param>
/// <param name="Version">Also the ETag.</param>
public sealed record EngagementView(
    string Id, string CycleId, string DomainId, int Year, EngagementKind Kind, DateOnly Date, string Title, string? Place, string? Outlet,
    IReadOnlyList<string> ParticipantNominationIds, string? Notes, int Version)
{
    public static EngagementView Of(EngagementRecord e) => new(
        e.Id, e.CycleId, e.DomainId, e.Year, e.Kind, e.Date, e.Title, e.Place, e.Outlet,
        e.ParticipantNominationIds, e.Notes, e.Version);
}
