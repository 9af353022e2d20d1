namespace Kunpeng.Abstractions;

/// <summary>How candidates enter a domain's cycle.</summary>
/// <param name="Channels">Who may put a candidate forward.</param>
/// <param name="Deadline">Yearly nomination deadline the rules fix (culture: 31 October), or null when the cycle sets it.</param>
/// <param name="RequiredDocumentsZh">Documents an application must carry, as the rules list them.</param>
/// <param name="DocumentsVerifiedByPanel">True when the panel must check the documents are authentic.</param>
/// <param name="PreferredPoolZh">A pool nominees are preferably drawn from (党政: 后备干部), or null.</param>
/// <param name="NoteZh">Anything else the rules say about intake, in their words; null when nothing.</param>
public sealed record IntakeRules(
    IReadOnlyList<NominationChannel> Channels,
    AnnualDate? Deadline,
    IReadOnlyList<string> RequiredDocumentsZh,
    bool DocumentsVerifiedByPanel,
    string? PreferredPoolZh,
    string? NoteZh);
