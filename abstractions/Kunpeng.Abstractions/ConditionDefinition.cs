namespace Kunpeng.Abstractions;

/// <summary>One condition of a tier as the rules state it.</summary>
/// <param name="Id">Stable id within the domain, e.g. <c>top.teaching-years</c>.</param>
/// <param name="Clause">Clause number in the rules, e.g. 三.1.(2).</param>
/// <param name="TextZh">The clause's Chinese text (the part this condition covers).</param>
/// <param name="Kind">Hard, general (一般), qualitative or preference.</param>
/// <param name="Subject">Whether it is about the person or their enterprise.</param>
/// <param name="Facts">Names of the facts it reads; empty for qualitative conditions.</param>
/// <param name="AnyOf">For "any one of" groups: the alternatives, any one of which satisfies it; otherwise empty.</param>
/// <param name="InterpretationNote">How an ambiguous text was read, so it can be reviewed; or null.</param>
public sealed record ConditionDefinition(
    string Id,
    string Clause,
    string TextZh,
    ConditionKind Kind,
    ConditionSubject Subject,
    IReadOnlyList<string> Facts,
    IReadOnlyList<ConditionDefinition> AnyOf,
    string? InterpretationNote = null);
