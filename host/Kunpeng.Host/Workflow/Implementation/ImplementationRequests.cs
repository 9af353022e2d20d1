namespace Kunpeng.Host.Workflow.Implementation;

/// <summary>An activity record (created or replaced whole).</summary>
/// <param name="Date">yyyy-MM-dd, in the cycle year.</param>
/// <param name="MeasureId">Measure of the domain's catalogue.</param>
/// <param name="Title">What was held, e.g. 典型病例研讨（第三期）.</param>
/// <param name="Form">Form, one of the measure's forms when it lists any.</param>
/// <param name="Scope">
/// Where a target is counted, e.g. 区医院: required, one of the measure's target scopes, when every target
/// of the measure is counted per scope; <c>none</c> for an activity held outside them all (it counts toward none).
/// </param>
/// <param name="Place">Where it took place.</param>
/// <param name="ParticipantNominationIds">Selected nominations of the cycle who took part.</param>
/// <param name="OtherParticipants">Further participants by headcount.</param>
/// <param name="PhotoIds">Photos uploaded to the cycle (POST /api/cycles/{cycleId}/photos).</param>
/// <param name="Notes">Free text.</param>
public sealed record ActivityInput(
    string? Date,
    string? MeasureId,
    string? Title,
    string? Form,
    string? Scope,
    string? Place,
    IReadOnlyList<string>? ParticipantNominationIds,
    int? OtherParticipants,
    IReadOnlyList<string>? PhotoIds,
    string? Notes);

/// <summary>A progress report.</summary>
/// <param name="Period">The period reported on: yyyy-Qn, yyyy-Hn or yyyy-MM, in the cycle year.</param>
/// <param name="Text">The report.</param>
public sealed record ProgressReportInput(string? Period, string? Text);

/// <summary>The year-end summary.</summary>
/// <param name="Text">The written material (文字材料).</param>
/// <param name="PhotoIds">Work photos uploaded to the cycle.</param>
/// <param name="ActivityIds">Activity records of the cycle it reports.</param>
public sealed record SummaryInput(string? Text, IReadOnlyList<string>? PhotoIds, IReadOnlyList<string>? ActivityIds);

/// <summary>A work photo's caption.</summary>
/// <param name="Caption">What the photo shows (图片说明); empty clears it.</param>
public sealed record PhotoCaptionInput(string? Caption);
