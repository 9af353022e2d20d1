namespace Kunpeng.Host.Workflow.Writing;

/// <summary>A record kind's stages and moves, as served by <c>GET /api/workflow/stages</c>.</summary>
/// <param name="Kind">cycle, nomination or plan.</param>
/// <param name="Stages">Every stage, in the order the workflow goes through them.</param>
/// <param name="Moves">Every action that moves (or requires) a stage.</param>
public sealed record StageTableView(string Kind, IReadOnlyList<string> Stages, IReadOnlyList<StageMoveView> Moves);

/// <summary>
/// One move: the audited action, the step it is, the stages it starts from, where it ends (null: the
/// stage stays, or the record decides), and for a move the record decides, the stages it may end at.
/// </summary>
public sealed record StageMoveView(string Action, string Step, IReadOnlyList<string> From, string? To, IReadOnlyList<string> OneOf);
