namespace Kunpeng.Host.Measures;

/// <summary>A measure's content as a bureau writes it (adding a measure, or replacing what an entry says).</summary>
/// <param name="Id">Adding only, optional: a kebab-case id (e.g. <c>night-school</c>); one is generated (<c>bureau-1</c>, …) when absent. When editing, absent or the entry's own id.</param>
/// <param name="Clause">Optional clause reference (e.g. 局定1). A plugin default's clause is the rules' and cannot be changed.</param>
/// <param name="TitleZh">Short title, required.</param>
/// <param name="TextZh">The measure's text, required.</param>
/// <param name="Category">training, study-tour, practice, platform, evaluation-incentive, further-education, exchange, publicity or other; when absent, the entry keeps its category (a new one is other).</param>
/// <param name="FormsZh">Forms it can take; a plan item must use one of them when there are any.</param>
/// <param name="Targets">Countable yearly targets; implementation progress is measured against them.</param>
public sealed record MeasureInput(
    string? Id,
    string? Clause,
    string? TitleZh,
    string? TextZh,
    string? Category,
    IReadOnlyList<string?>? FormsZh,
    IReadOnlyList<MeasureTargetInput?>? Targets);

/// <summary>A countable yearly target.</summary>
/// <param name="Id">Optional kebab-case id, unique within the measure; generated (<c>target-1</c>, …) when absent.</param>
/// <param name="DescriptionZh">The target in words, required.</param>
/// <param name="MinimumPerYear">Activities a year needed, 1–1000.</param>
/// <param name="ScopeZh">Where it applies (e.g. 区医院), or absent for the whole domain.</param>
public sealed record MeasureTargetInput(string? Id, string? DescriptionZh, int? MinimumPerYear, string? ScopeZh);

/// <summary>One change in an entry's history, as the audit trail recorded it.</summary>
/// <param name="Sequence">Audit sequence number, increasing.</param>
/// <param name="AtUtc">When.</param>
/// <param name="Action">measure.added, measure.edited, measure.retired, measure.reinstated, measure.deleted, measure.default-accepted or measure.default-change-kept.</param>
/// <param name="ActorId">Account.</param>
/// <param name="ActorName">Name.</param>
/// <param name="Role">Role.</param>
/// <param name="Version">The entry's version after the change; null once deleted.</param>
/// <param name="Retired">Retired after the change.</param>
/// <param name="Kind">What the overlay lay over after the change.</param>
/// <param name="Content">The bureau's content after the change; null while the entry follows the plugin default, or once deleted.</param>
/// <param name="BasedOnPluginVersion">Plugin version of the default the content was based on.</param>
public sealed record MeasureHistoryEntry(
    long Sequence,
    DateTime AtUtc,
    string Action,
    string ActorId,
    string ActorName,
    string Role,
    int? Version,
    bool? Retired,
    MeasureOverlayKind? Kind,
    MeasureContent? Content,
    string? BasedOnPluginVersion);
