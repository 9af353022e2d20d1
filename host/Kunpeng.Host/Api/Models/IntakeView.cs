using Kunpeng.Abstractions;

namespace Kunpeng.Host.Api.Models;

/// <summary>How candidates enter the domain's cycle.</summary>
/// <param name="Channels">unit-nomination, association-nomination, self-application, organizer-designation.</param>
/// <param name="Deadline">Yearly deadline as MM-DD (culture: 10-31), or null when the cycle sets it.</param>
/// <param name="RequiredDocumentsZh">Documents an application must carry.</param>
/// <param name="DocumentsVerifiedByPanel">Whether the panel checks the documents are authentic.</param>
/// <param name="PreferredPoolZh">Pool nominees are preferably drawn from, or null.</param>
/// <param name="NoteZh">The rules' words on intake.</param>
public sealed record IntakeView(
    IReadOnlyList<NominationChannel> Channels,
    string? Deadline,
    IReadOnlyList<string> RequiredDocumentsZh,
    bool DocumentsVerifiedByPanel,
    string? PreferredPoolZh,
    string? NoteZh);
