namespace Kunpeng.Host.Workflow.Writing;

/// <summary>The stage table of one record kind, as the write path uses it.</summary>
public interface IStageTable<in T> : IDescribedStageTable
{
    /// <summary>Whether the table has a move for this action (a change that is not a move leaves the stage alone).</summary>
    bool Governs(string action);

    /// <summary>Refuses (409) the action from the record's current stage.</summary>
    void RequireMove(T record, string action);

    /// <summary>Puts the record at the action's target stage (unchanged for a move that stays).</summary>
    void Move(T record, string action);
}

/// <summary>A stage table as data, for <c>GET /api/workflow/stages</c>; each area registers its tables as this.</summary>
public interface IDescribedStageTable
{
    StageTableView Describe();
}
