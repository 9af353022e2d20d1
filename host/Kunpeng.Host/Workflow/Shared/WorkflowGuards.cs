using Kunpeng.Host.Problems;

namespace Kunpeng.Host.Workflow;

/// <summary>Checks every workflow service makes the same way: stale versions.</summary>
public static class WorkflowGuards
{
    /// <summary>Throws 412 when the version the caller read is no longer the stored one.</summary>
    public static void RequireVersion(string entity, string id, int stored, int expected)
    {
        if (stored != expected)
        {
            throw new PreconditionFailedException(entity, id, stored);
        }
    }
}
