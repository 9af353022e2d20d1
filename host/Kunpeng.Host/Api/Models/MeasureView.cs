using Kunpeng.Abstractions;
using Kunpeng.Host.Measures;

namespace Kunpeng.Host.Api.Models;

/// <summary>One entry of a domain's effective measures catalogue.</summary>
/// <param name="Id">Stable id within the domain, e.g. continuing-education.</param>
/// <param name="Clause">Clause number, e.g. 五.2; empty for a bureau-added measure without one.</param>
/// <param name="TitleZh">Short Chinese title.</param>
/// <param name="TextZh">The measure's text.</param>
/// <param name="Category">training, study-tour, practice, platform, evaluation-incentive, further-education, exchange, publicity or other.</param>
/// <param name="FormsZh">The forms it can take.</param>
/// <param name="Targets">Measurable yearly targets; empty when there are none.</param>
/// <param name="Origin">default (the plugin's, as shipped), customized (a default the bureau edited) or bureau-added.</param>
/// <param name="Retired">Retired: filed plans keep it, no plan can newly draw on it.</param>
/// <param name="Version">The entry's version, also its ETag: send it in If-Match to change the entry (1 for an untouched default).</param>
/// <param name="DefaultChanged">
/// The plugin's default changed under the bureau's edit (a newer plugin version ships different content,
/// a default with this bureau-added id, or no longer ships it). The entry still says what the bureau
/// wrote; accept the new default (POST …/accept-default) or keep the edit (POST …/keep-edit).
/// </param>
/// <param name="DefaultRemoved">The plugin no longer ships the default this edit was made over.</param>
/// <param name="BasedOnPluginVersion">For a customized default: the plugin version whose default the edit is based on.</param>
/// <param name="BasedOnDefault">When the default changed: the default the edit was based on.</param>
/// <param name="CurrentDefault">When the default changed: what the current plugin version ships instead (null when it ships none).</param>
/// <param name="UpdatedUtc">Last change by a person; null for an untouched default.</param>
/// <param name="UpdatedBy">Account that made it.</param>
public sealed record MeasureView(
    string Id,
    string Clause,
    string TitleZh,
    string TextZh,
    MeasureCategory Category,
    IReadOnlyList<string> FormsZh,
    IReadOnlyList<MeasureTargetView> Targets,
    MeasureOrigin Origin,
    bool Retired,
    int Version,
    bool DefaultChanged,
    bool DefaultRemoved,
    string? BasedOnPluginVersion,
    MeasureContentView? BasedOnDefault,
    MeasureContentView? CurrentDefault,
    DateTime? UpdatedUtc,
    string? UpdatedBy)
{
    public static MeasureView Of(EffectiveMeasure m) => new(
        m.Id, m.Content.Clause, m.Content.TitleZh, m.Content.TextZh, m.Content.Category, m.Content.FormsZh.ToList(), TargetsOf(m.Content),
        m.Origin, m.Retired, m.Version, m.DefaultChanged, m.DefaultRemoved, m.BasedOnPluginVersion,
        MeasureContentView.Of(m.BasedOnDefault, m.BasedOnPluginVersion), MeasureContentView.Of(m.CurrentDefault, m.CurrentPluginVersion),
        m.UpdatedUtc, m.UpdatedBy);

    internal static IReadOnlyList<MeasureTargetView> TargetsOf(MeasureContent c) =>
        c.Targets.Select(t => new MeasureTargetView(t.Id, t.DescriptionZh, t.MinimumPerYear, t.ScopeZh)).ToList();
}

/// <summary>What a measure says: a plugin default, or the bureau's content at a point of its history.</summary>
/// <param name="Clause">Clause number.</param>
/// <param name="TitleZh">Title.</param>
/// <param name="TextZh">Text.</param>
/// <param name="Category">Category.</param>
/// <param name="FormsZh">Forms.</param>
/// <param name="Targets">Yearly targets.</param>
/// <param name="PluginVersion">For a default: the plugin version that ships (or shipped) it; otherwise null.</param>
public sealed record MeasureContentView(
    string Clause,
    string TitleZh,
    string TextZh,
    MeasureCategory Category,
    IReadOnlyList<string> FormsZh,
    IReadOnlyList<MeasureTargetView> Targets,
    string? PluginVersion)
{
    public static MeasureContentView? Of(MeasureContent? c, string? pluginVersion) => c is null
        ? null
        : new(c.Clause, c.TitleZh, c.TextZh, c.Category, c.FormsZh.ToList(), MeasureView.TargetsOf(c), pluginVersion);
}

/// <summary>One change of a catalogue entry.</summary>
/// <param name="Sequence">Audit sequence number, increasing.</param>
/// <param name="AtUtc">When.</param>
/// <param name="Action">measure.added, measure.edited, measure.retired, measure.reinstated, measure.deleted, measure.default-accepted or measure.default-change-kept.</param>
/// <param name="ActorId">Account.</param>
/// <param name="ActorName">Name.</param>
/// <param name="Role">Role.</param>
/// <param name="Version">The entry's version after the change; null once it is gone.</param>
/// <param name="Retired">Retired after the change.</param>
/// <param name="Kind">over-default or bureau-added, after the change.</param>
/// <param name="Content">The bureau's content after the change; null while the entry follows the plugin default, or once it is gone.</param>
/// <param name="BasedOnPluginVersion">Plugin version of the default the content was based on.</param>
public sealed record MeasureHistoryView(
    long Sequence,
    DateTime AtUtc,
    string Action,
    string ActorId,
    string ActorName,
    string Role,
    int? Version,
    bool? Retired,
    MeasureOverlayKind? Kind,
    MeasureContentView? Content,
    string? BasedOnPluginVersion)
{
    public static MeasureHistoryView Of(MeasureHistoryEntry e) => new(
        e.Sequence, e.AtUtc, e.Action, e.ActorId, e.ActorName, e.Role, e.Version, e.Retired, e.Kind,
        MeasureContentView.Of(e.Content, null), e.BasedOnPluginVersion);
}
