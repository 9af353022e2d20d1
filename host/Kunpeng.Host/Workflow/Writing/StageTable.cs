using Kunpeng.Host.Problems;

namespace Kunpeng.Host.Workflow.Writing;

/// <summary>
/// The allowed moves of one record kind as data (cycles, nominations, plans): checked in one place by
/// the write path, and served read-only so a client can show what comes next.
/// </summary>
public sealed class StageTable<T, TStage> : IStageTable<T> where TStage : struct, Enum
{
    private readonly Func<T, TStage> _stage;
    private readonly Action<T, TStage> _setStage;
    private readonly Func<T, string> _id;
    private readonly Dictionary<string, StageMove<TStage>> _moves;
    private readonly Func<T, TStage>? _decided;
    private readonly Func<T, TStage, string?>? _explain;

    /// <param name="kind">What the records are called in problems and the served table (<c>nomination</c>).</param>
    /// <param name="stage">Reads a record's stage.</param>
    /// <param name="setStage">Sets it (only the write path does, after a move).</param>
    /// <param name="id">A record's id, for problems.</param>
    /// <param name="moves">The table's rows.</param>
    /// <param name="decided">
    /// The stage a record's own state puts it at, for the moves whose end the record decides
    /// (<see cref="StageMove.Decided{TStage}"/>); required when the table has such a move.
    /// </param>
    /// <param name="explain">
    /// What a refusal adds about the stage a record is at, where its name alone does not tell the caller
    /// what to do (a filed plan is frozen: start a new revision); null or a null answer adds nothing.
    /// </param>
    public StageTable(
        string kind, Func<T, TStage> stage, Action<T, TStage> setStage, Func<T, string> id, IEnumerable<StageMove<TStage>> moves,
        Func<T, TStage>? decided = null, Func<T, TStage, string?>? explain = null)
    {
        Kind = kind;
        _stage = stage;
        _setStage = setStage;
        _id = id;
        _moves = moves.ToDictionary(m => m.Action, StringComparer.Ordinal);
        _decided = decided;
        _explain = explain;
        if (decided is null && _moves.Values.FirstOrDefault(m => m.OneOf.Count > 0) is { } undecided)
        {
            throw new ArgumentException($"The {kind} stage table's move '{undecided.Action}' is decided by the record, and the table has no rule to decide it.", nameof(decided));
        }
    }

    public string Kind { get; }

    public IReadOnlyCollection<StageMove<TStage>> Moves => _moves.Values;

    public bool Governs(string action) => _moves.ContainsKey(action);

    /// <summary>Whether the action may start from <paramref name="stage"/>.</summary>
    public bool Allows(string action, TStage stage) =>
        _moves.TryGetValue(action, out var move) && move.From.Contains(stage);

    public void RequireMove(T record, string action)
    {
        var move = _moves.TryGetValue(action, out var m)
            ? m
            : throw new InvalidOperationException($"The {Kind} stage table has no move '{action}'.");
        var current = _stage(record);
        if (move.From.Contains(current))
        {
            return;
        }

        var why = _explain?.Invoke(record, current) is { } explanation
            ? explanation
            : $"this needs {string.Join(" or ", move.From.Select(s => $"'{WireNames.Of(s)}'"))}";
        var problem = new StepOutOfOrderException($"Cannot {move.Step}: {Kind} '{_id(record)}' is {WireNames.Of(current)}, and {why}.");
        problem.Extensions["stage"] = WireNames.Of(current);
        throw problem;
    }

    public void Move(T record, string action)
    {
        if (!_moves.TryGetValue(action, out var move))
        {
            return;
        }

        if (move.To is { } to)
        {
            _setStage(record, to);
        }
        else if (move.OneOf.Count > 0)
        {
            // The step has changed the record; its state now says where it stands, within the row's ends.
            var decided = _decided!(record);
            _setStage(record, move.OneOf.Contains(decided)
                ? decided
                : throw new InvalidOperationException($"The {Kind} move '{action}' left '{_id(record)}' at {WireNames.Of(decided)}, which is not one of its ends."));
        }
    }

    public StageTableView Describe() => new(
        Kind,
        Enum.GetValues<TStage>().Select(WireNames.Of).ToList(),
        _moves.Values.Select(m => new StageMoveView(
            m.Action, m.Step, m.From.Select(WireNames.Of).ToList(), m.To is { } to ? WireNames.Of(to) : null, m.OneOf.Select(WireNames.Of).ToList())).ToList());
}
