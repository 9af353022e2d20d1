namespace Kunpeng.Host.Problems;

/// <summary>If-Match named a version that is no longer current: someone else changed it first (412).</summary>
public sealed class PreconditionFailedException : KunpengProblemException
{
    public PreconditionFailedException(string entity, string id, int currentVersion)
        : base(StatusCodes.Status412PreconditionFailed, "Stale version",
            $"{entity} '{id}' has changed since you read it (now version {currentVersion}). Read it again and retry with its ETag.") =>
        Extensions["currentVersion"] = currentVersion;
}
