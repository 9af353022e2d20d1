using Kunpeng.Abstractions;

namespace Kunpeng.Host.Api.Models;

/// <summary>One condition as the rules state it.</summary>
/// <param name="Id">Stable id within the domain, e.g. top.teaching-years.</param>
/// <param name="Clause">Clause number, e.g. 三.1.(2).</param>
/// <param name="TextZh">The clause's Chinese text.</param>
/// <param name="Kind">hard (not met rejects), general (一般: not met needs a recorded exception), qualitative (the panel judges), preference (ranks, never rejects).</param>
/// <param name="Subject">person or enterprise.</param>
/// <param name="Facts">Names of the facts it reads; empty for qualitative conditions.</param>
/// <param name="AnyOf">For an any-one-of group, the alternatives; otherwise empty.</param>
/// <param name="InterpretationNote">How an ambiguous text was read, or null.</param>
public sealed record ConditionView(
    string Id,
    string Clause,
    string TextZh,
    ConditionKind Kind,
    ConditionSubject Subject,
    IReadOnlyList<string> Facts,
    IReadOnlyList<ConditionView> AnyOf,
    string? InterpretationNote);
