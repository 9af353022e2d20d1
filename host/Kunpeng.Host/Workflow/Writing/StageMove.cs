namespace Kunpeng.Host.Workflow.Writing;

/// <summary>
/// One row of a stage table: the audited action, the step as a caller asks for it (for problems), the
/// stages it may start from, and the stage it ends at (null: it stays where it is, or the record
/// decides among <see cref="OneOf"/>).
/// </summary>
public sealed record StageMove<TStage>(string Action, string Step, IReadOnlyList<TStage> From, TStage? To) where TStage : struct, Enum
{
    /// <summary>
    /// For a move whose end the record's own state decides (a nomination's panel result, derived from
    /// the reviews): the stages it may end at. Empty for the other moves.
    /// </summary>
    public IReadOnlyList<TStage> OneOf { get; init; } = [];
}

/// <summary>The three kinds of row a stage table has.</summary>
public static class StageMove
{
    /// <summary>An action that moves the record from any of <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static StageMove<TStage> Between<TStage>(string action, string step, TStage to, params TStage[] from) where TStage : struct, Enum =>
        new(action, step, from, to);

    /// <summary>An action that changes the record but not its stage, allowed only at <paramref name="at"/>.</summary>
    public static StageMove<TStage> Within<TStage>(string action, string step, params TStage[] at) where TStage : struct, Enum =>
        new(action, step, at, null);

    /// <summary>
    /// An action from any of <paramref name="from"/> that ends at one of <paramref name="oneOf"/>, the one
    /// the table's rule reads off the record once the step has changed it (see <see cref="StageTable{T, TStage}"/>).
    /// </summary>
    public static StageMove<TStage> Decided<TStage>(string action, string step, TStage[] oneOf, params TStage[] from) where TStage : struct, Enum =>
        new(action, step, from, null) { OneOf = oneOf };
}
