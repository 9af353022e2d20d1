using Kunpeng.Host.Problems;

namespace Kunpeng.Host.Workflow;

/// <summary>Checks every workflow service makes the same way: stale versions.</summary>
public static class WorkflowGuards
{
    /// <summary>If-Match: * (RFC 9110: any stored version matches).</summary>
    public const int AnyVersion = 0;

    /// <summary>If-Match with weak tags only (RFC 9110: a weak tag never matches a change).</summary>
    public const int NoVersion = -1;

    /// <summary>Throws 412 when the version the caller read is no longer the stored one.</summary>
    public static void RequireVersion(string entity, string id, int stored, int expected)
    {
        if (expected != AnyVersion && stored != expected)
        {
            throw new PreconditionFailedException(entity, id, stored);
        }
    }
}
